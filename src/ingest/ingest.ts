import type { NamedTransaction, QueryRunner, Row } from '../db/runner';
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
  const total = steps.reduce((sum, step) => sum + step.rows.length, 0);
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
      for (let offset = 0; offset < step.rows.length; offset += BATCH_SIZE) {
        const rows = step.rows.slice(offset, offset + BATCH_SIZE);
        const { summary } = await tx.run(step.query, { rows });
        const updates = summary.counters.updates();
        report.nodesCreated += updates.nodesCreated;
        report.relationshipsCreated += updates.relationshipsCreated;
        report.propertiesSet += updates.propertiesSet;
        done += rows.length;
        onProgress(done, total, step.query);
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
  return checkReferences({ run: (name, params) => runner.read(name, params) }, doc);
}

/** The same check inside a write transaction, before anything is written. */
export async function checkReferences(
  tx: Pick<NamedTransaction, 'run'>,
  doc: PreparedDocument,
): Promise<{ alreadyStored: string[] }> {
  const { rows } = await tx.run('ingest-check-references', checkParams(doc));
  return checkOutcome(doc, rows[0] ?? {});
}

function checkParams(doc: PreparedDocument): Row {
  return {
    actorIds: [...doc.externalActorRefs.keys()],
    eventIds: [...doc.externalEventRefs.keys()],
    actors: doc.actors.map((actor) => ({ id: actor.id, kind: actor.kind })),
    declared: { ...declaredIds(doc) },
  };
}

function checkOutcome(doc: PreparedDocument, check: Row): { alreadyStored: string[] } {
  const problems = referenceProblems(doc, check);
  if (problems.length > 0) throw new DocumentRejectedError(doc.file, problems);
  return { alreadyStored: (check.alreadyStored as string[] | undefined) ?? [] };
}

function referenceProblems(doc: PreparedDocument, check: Row): Problem[] {
  const problems: Problem[] = [];
  for (const id of (check.missingActors as string[] | undefined) ?? []) {
    for (const path of doc.externalActorRefs.get(id) ?? []) {
      problems.push({
        path,
        message: `unknown actor id '${id}': declare it in this document's actors or load it first`,
        code: 'UNKNOWN_ID',
      });
    }
  }
  for (const id of (check.missingEvents as string[] | undefined) ?? []) {
    for (const path of doc.externalEventRefs.get(id) ?? []) {
      problems.push({
        path,
        message: `unknown event id '${id}': declare it in this document's events or load it first`,
        code: 'UNKNOWN_ID',
      });
    }
  }
  const conflicts =
    (check.kindConflicts as Array<{ id: string; stored: string; declared: string }> | undefined) ?? [];
  for (const conflict of conflicts) {
    const index = doc.actors.findIndex((actor) => actor.id === conflict.id);
    problems.push({
      path: `actors[${index}].kind`,
      message: `'${conflict.id}' is stored as ${conflict.stored}; a document cannot make it ${conflict.declared}`,
    });
  }
  return problems;
}
