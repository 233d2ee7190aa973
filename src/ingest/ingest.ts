import { queries, type ReferenceCheckParams, type ReferenceCheckRow } from '../db/queries';
import type { QueryRunner, QueryTransaction } from '../db/runner';
import type { PreparedDocument } from '../model/prepared';
import { DocumentRejectedError, type Problem } from '../model/problems';
import { planWrites } from './plan';

const BATCH_SIZE = 500;

export interface IngestReport {
  file: string;
  sourceId: string;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  rows: number;
  /** The node ids the document declares that were stored (live) before it was written. */
  alreadyStored: string[];
}

/** The node ids a document declares, by kind. */
export interface DeclaredIds {
  sources: string[];
  actors: string[];
  events: string[];
  statements: string[];
}

export function declaredIds(doc: PreparedDocument): DeclaredIds {
  return {
    sources: doc.sources.map((source) => source.id),
    actors: doc.actors.map((actor) => actor.id),
    events: doc.events.map((event) => event.id),
    statements: doc.statements.map((statement) => statement.id),
  };
}

/** Called after each batch, for progress bars. */
export type IngestProgress = (done: number, total: number, step: string) => void;

/**
 * Writes one prepared document in one transaction: the ids it refers to are checked first, inside the
 * same transaction, so a refused document writes nothing; then UNWIND batches MERGE on stable ids, so
 * loading the same document again changes nothing.
 */
export async function ingestDocument(
  runner: QueryRunner,
  doc: PreparedDocument,
  onProgress: IngestProgress = () => undefined,
): Promise<IngestReport> {
  const steps = planWrites(doc);
  const total = steps.reduce((sum, step) => sum + step.size, 0);
  return runner.writeTransaction(`ingest ${doc.file}`, async (tx) => {
    const { alreadyStored } = await checkReferences(tx, doc);
    const report: IngestReport = {
      file: doc.file,
      sourceId: doc.sources[0]!.id,
      nodesCreated: 0,
      relationshipsCreated: 0,
      propertiesSet: 0,
      rows: total,
      alreadyStored,
    };
    let done = 0;
    onProgress(done, total, 'checked');
    for (const step of steps) {
      for (let offset = 0; offset < step.size; offset += BATCH_SIZE) {
        const end = Math.min(offset + BATCH_SIZE, step.size);
        const updates = await step.write(tx, offset, end);
        report.nodesCreated += updates.nodesCreated;
        report.relationshipsCreated += updates.relationshipsCreated;
        report.propertiesSet += updates.propertiesSet;
        done += end - offset;
        onProgress(done, total, step.name);
      }
    }
    return report;
  });
}

/**
 * Checks a prepared document against the database without writing (a dry run): the ids it refers to
 * exist, declared actors keep their stored kind. Refuses it as ingest would; else says what is stored.
 */
export function checkDocument(
  runner: QueryRunner,
  doc: PreparedDocument,
): Promise<{ alreadyStored: string[] }> {
  return runner
    .read(queries.ingestCheckReferences, checkParams(doc))
    .then(({ rows }) => checkOutcome(doc, rows[0]));
}

/** The same check inside a write transaction, before anything is written. */
export async function checkReferences(
  tx: QueryTransaction,
  doc: PreparedDocument,
): Promise<{ alreadyStored: string[] }> {
  const { rows } = await tx.run(queries.ingestCheckReferences, checkParams(doc));
  return checkOutcome(doc, rows[0]);
}

function checkParams(doc: PreparedDocument): ReferenceCheckParams {
  return {
    actorIds: [...doc.externalActorRefs.keys()],
    eventIds: [...doc.externalEventRefs.keys()],
    actors: doc.actors.map((actor) => ({ id: actor.id, kind: actor.kind })),
    declared: { ...declaredIds(doc) },
  };
}

function checkOutcome(
  doc: PreparedDocument,
  check: ReferenceCheckRow | undefined,
): { alreadyStored: string[] } {
  if (!check) throw new Error('ingest-check-references answered no row');
  const problems = referenceProblems(doc, check);
  if (problems.length > 0) throw new DocumentRejectedError(doc.file, problems);
  return { alreadyStored: check.alreadyStored };
}

function referenceProblems(doc: PreparedDocument, check: ReferenceCheckRow): Problem[] {
  const problems: Problem[] = [];
  for (const id of check.missingActors) {
    for (const path of doc.externalActorRefs.get(id) ?? []) {
      problems.push({
        path,
        message: `unknown actor id '${id}': declare it in this document's actors or load it first`,
        code: 'UNKNOWN_ID',
      });
    }
  }
  for (const id of check.missingEvents) {
    for (const path of doc.externalEventRefs.get(id) ?? []) {
      problems.push({
        path,
        message: `unknown event id '${id}': declare it in this document's events or load it first`,
        code: 'UNKNOWN_ID',
      });
    }
  }
  for (const conflict of check.kindConflicts) {
    const index = doc.actors.findIndex((actor) => actor.id === conflict.id);
    problems.push({
      path: `actors[${index}].kind`,
      message: `'${conflict.id}' is stored as ${conflict.stored}; a document cannot make it ${conflict.declared}`,
    });
  }
  return problems;
}
