import type { QueryRunner } from '../db/runner';
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
    const check = await tx.run('ingest-check-references', {
      actorIds: [...doc.externalActorRefs.keys()],
      eventIds: [...doc.externalEventRefs.keys()],
      actors: doc.actors.map((actor) => ({ id: actor.id, kind: actor.kind })),
    });
    const problems = referenceProblems(doc, check.rows[0] ?? {});
    if (problems.length > 0) throw new DocumentRejectedError(doc.file, problems);

    const report: IngestReport = {
      file: doc.file,
      sourceId: doc.sources[0]!.id,
      nodesCreated: 0,
      relationshipsCreated: 0,
      propertiesSet: 0,
      rows: total,
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

function referenceProblems(doc: PreparedDocument, check: Record<string, unknown>): Problem[] {
  const problems: Problem[] = [];
  for (const id of (check.missingActors as string[] | undefined) ?? []) {
    for (const path of doc.externalActorRefs.get(id) ?? []) {
      problems.push({
        path,
        message: `unknown actor id '${id}': declare it in this document's actors or load it first`,
      });
    }
  }
  for (const id of (check.missingEvents as string[] | undefined) ?? []) {
    for (const path of doc.externalEventRefs.get(id) ?? []) {
      problems.push({
        path,
        message: `unknown event id '${id}': declare it in this document's events or load it first`,
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
