import { queries, type RelationshipRef, type RetractRow } from '../db/queries';
import type { QueryRunner, QueryTransaction } from '../db/runner';
import type { PreparedDocument } from '../model/prepared';
import type { StoredActor, StoredEvent, StoredStatement } from '../model/stored';
import { checkReferences } from '../ingest/ingest';
import { actorRow, eventRow, statementRow } from '../ingest/plan';
import { DocumentRejectedError, type Problem } from '../model/problems';
import { describeChange, type ChangeKind, type FieldChange } from './changes';
import {
  evidenceSourceIds,
  inputPath,
  prepareFact,
  type FactInput,
  type FactKind,
  type StoredSource,
} from './fact-document';

/** A fact refused before anything was written, with every problem located in the mutation's input. */
export class FactRejectedError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '));
    this.name = 'FactRejectedError';
  }
}

export interface FactWritten {
  change: ChangeKind;
  changes: FieldChange[];
  /** The entity as now stored, shaped like its GraphQL type. */
  entity: StoredEvent | StoredActor | StoredStatement;
}

/**
 * Upserts one fact in one write transaction: reads the sources its evidence names and the fact as
 * stored, checks the input by the document rules (sentences in the stored text, times, references),
 * writes it with the rows the ingest would write, and returns what changed. Throws FactRejectedError,
 * after which nothing was written.
 */
export function upsertFact(runner: QueryRunner, kind: FactKind, input: FactInput): Promise<FactWritten> {
  return runner.writeTransaction(`upsert-${kind} ${input.id}`, async (tx) => {
    const { rows } = await tx.run(queries.upsertContext, {
      id: input.id,
      sourceIds: evidenceSourceIds(kind, input),
    });
    const context = rows[0]!;
    const sources = new Map(context.sources.map((source): [string, StoredSource] => [source.id, source]));
    const outcome = prepareFact(kind, input, sources);
    if (!outcome.prepared) throw new FactRejectedError(outcome.problems);
    const doc = outcome.prepared;
    try {
      await checkReferences(tx, doc);
    } catch (error) {
      if (!(error instanceof DocumentRejectedError)) throw error;
      const toInput = inputPath(kind);
      throw new FactRejectedError(
        error.problems.map((problem) => ({ ...problem, path: toInput(problem.path) })),
      );
    }
    const entity = await writeOne(tx, kind, doc);
    return { ...describeChange(kind, context[kind], entity), entity };
  });
}

/** Writes the one fact of a prepared one-fact document with its kind's upsert query. */
async function writeOne(tx: QueryTransaction, kind: FactKind, doc: PreparedDocument) {
  const written = (rows: Array<{ id: string }>) => {
    if (rows.length !== 1) throw new Error(`upsert-${kind} wrote ${rows.length} rows, not 1`);
  };
  if (kind === 'event') {
    const { rows } = await tx.run(queries.upsertEvent, { rows: doc.events.map(eventRow) });
    written(rows);
    return rows[0]!.event;
  }
  if (kind === 'actor') {
    const { rows } = await tx.run(queries.upsertActor, { rows: doc.actors.map(actorRow) });
    written(rows);
    return rows[0]!.actor;
  }
  const { rows } = await tx.run(queries.upsertStatement, { rows: doc.statements.map(statementRow) });
  written(rows);
  return rows[0]!.statement;
}

export interface Retracted {
  retracted: RetractRow['retracted'];
  found: boolean;
  referencedBy: RelationshipRef[];
  hidden: RelationshipRef[];
  earlier: RetractRow['earlier'];
}

const RETRACT = {
  event: queries.retractEvent,
  actor: queries.retractActor,
  statement: queries.retractStatement,
} as const;

/** Retracts one fact (soft: relabelled, kept for audit) in one write query. */
export async function retractFact(
  runner: QueryRunner,
  kind: FactKind,
  id: string,
  reason: string,
): Promise<Retracted> {
  const { rows } = await runner.write(RETRACT[kind], { id, reason });
  const row = rows[0]!;
  return {
    retracted: row.retracted,
    found: row.found ?? row.retracted !== null,
    referencedBy: row.referencedBy ?? [],
    hidden: row.hidden,
    earlier: row.earlier,
  };
}
