import { queries, type Query, type Rows } from '../db/queries';
import type { QueryRunner, QueryTransaction, WriteCounters } from '../db/runner';
import type { PreparedDocument } from '../model/prepared';
import { DocumentRejectedError } from '../model/problems';
import { checkReferences } from './references';
import {
  actorRow,
  eventLinkRow,
  eventRow,
  metonymRow,
  relationRow,
  roleRow,
  sourceRow,
  statementRow,
} from './rows';

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

/** Called after each batch, for progress bars. */
export type IngestProgress = (done: number, total: number, step: string) => void;

/** One write query and the rows it UNWINDs, in batches. */
export interface WriteStep {
  name: string;
  size: number;
  run(tx: Pick<QueryTransaction, 'run'>, offset: number, limit: number): Promise<WriteCounters>;
}

function step<Row>(query: Query<Rows<Row>, unknown>, rows: Row[]): WriteStep {
  return {
    name: query.name,
    size: rows.length,
    run: async (tx, offset, limit) =>
      (await tx.run(query, { rows: rows.slice(offset, offset + limit) })).summary.counters.updates(),
  };
}

/**
 * The ordered write steps of a document: nodes first, then the relationships between them, each row
 * built by the same builder an upsert of that fact uses.
 */
export function planWrites(doc: PreparedDocument): WriteStep[] {
  return [
    step(queries.ingestSources, doc.sources.map(sourceRow)),
    step(queries.ingestActors, doc.actors.map(actorRow)),
    step(queries.ingestMetonyms, doc.metonyms.map(metonymRow)),
    step(queries.ingestRoles, doc.roles.map(roleRow)),
    step(queries.ingestRelations, doc.relations.map(relationRow)),
    step(queries.ingestEvents, doc.events.map(eventRow)),
    step(queries.ingestEventLinks, doc.eventLinks.map(eventLinkRow)),
    step(queries.ingestStatements, doc.statements.map(statementRow)),
  ].filter((planned) => planned.size > 0);
}

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
  const total = steps.reduce((sum, planned) => sum + planned.size, 0);
  return runner.writeTransaction(`ingest ${doc.file}`, async (tx) => {
    const { alreadyStored } = await refuseUnknown(tx, doc);
    const report: IngestReport = {
      file: doc.file,
      sourceId: sourceIdOf(doc),
      nodesCreated: 0,
      relationshipsCreated: 0,
      propertiesSet: 0,
      rows: total,
      alreadyStored,
    };
    let done = 0;
    onProgress(done, total, 'checked');
    for (const planned of steps) {
      for (let offset = 0; offset < planned.size; offset += BATCH_SIZE) {
        const updates = await planned.run(tx, offset, BATCH_SIZE);
        report.nodesCreated += updates.nodesCreated;
        report.relationshipsCreated += updates.relationshipsCreated;
        report.propertiesSet += updates.propertiesSet;
        done += Math.min(BATCH_SIZE, planned.size - offset);
        onProgress(done, total, planned.name);
      }
    }
    return report;
  });
}

/**
 * Checks a prepared document against the database without writing (a dry run, `--check`): the ids it
 * refers to exist, declared actors keep their stored kind. Refuses it as ingest would; else says what
 * is stored.
 */
export function checkDocument(
  runner: QueryRunner,
  doc: PreparedDocument,
): Promise<{ alreadyStored: string[] }> {
  return refuseUnknown({ run: (query, params) => runner.read(query, params) }, doc);
}

async function refuseUnknown(
  tx: Pick<QueryTransaction, 'run'>,
  doc: PreparedDocument,
): Promise<{ alreadyStored: string[] }> {
  const { problems, alreadyStored } = await checkReferences(tx, doc);
  if (problems.length > 0) throw new DocumentRejectedError(doc.file, problems);
  return { alreadyStored };
}

/** The document's own source: the first one declared. */
export function sourceIdOf(doc: PreparedDocument): string {
  const [own] = doc.declared.sources;
  if (own === undefined) throw new Error(`${doc.file} has no source`);
  return own;
}
