import fs from 'node:fs';
import type { PreparedDocument } from '../model/prepared';
import { DocumentRejectedError } from '../model/problems';
import { prepareDocument } from '../write/prepare-document';

/** Reads a document file (JSON) and validates it completely; refuses it with every problem listed. */
export function readDocument(file: string): PreparedDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocumentRejectedError(file, [{ path: '', message: `cannot be read as JSON: ${reason}` }]);
  }
  return parseDocument(raw, file);
}

export function parseDocument(raw: unknown, file: string): PreparedDocument {
  const result = prepareDocument(raw, file);
  if (result.prepared === null) throw new DocumentRejectedError(file, result.problems);
  return result.prepared;
}
