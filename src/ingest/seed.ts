import fs from 'node:fs';
import path from 'node:path';
import type { QueryRunner } from '../db/runner';
import { StartupError } from '../errors';
import type { Logger } from '../logger';
import { DocumentRejectedError } from '../model/problems';
import { ingestDocument, type IngestReport } from '../write/write-document';
import { readDocument } from './read-document';

/** The seed documents: every .json file of the folder, in name order. */
export function seedFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => path.join(dir, file));
}

/** Loads the seed through the ingest path at start-up; idempotent, so every start may do it. */
export async function loadSeed(runner: QueryRunner, dir: string, logger: Logger): Promise<IngestReport[]> {
  const reports: IngestReport[] = [];
  for (const file of seedFiles(dir)) {
    try {
      const report = await ingestDocument(runner, readDocument(file));
      logger.debug(report, 'Seed document loaded');
      reports.push(report);
    } catch (error) {
      if (!(error instanceof DocumentRejectedError)) throw error;
      const [first] = error.problems;
      throw new StartupError(
        `seed document ${file} was refused, nothing of it was written: ${first?.path}: ${first?.message}` +
          (error.problems.length > 1 ? ` (and ${error.problems.length - 1} more problems)` : ''),
        `run npm run ingest -- --check ${file} to list every problem, and correct the file`,
      );
    }
  }
  const created = reports.reduce((sum, r) => sum + r.nodesCreated + r.relationshipsCreated, 0);
  logger.info({ documents: reports.length, created }, 'Seed loaded');
  return reports;
}
