import type { QueryRunner, Row } from '../db/runner';
import { checkReferences } from '../ingest/ingest';
import { planWrites } from '../ingest/plan';
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
  entity: Row;
}

/** The ingest step whose rows a one-fact document yields for the fact. */
const INGEST_STEP: Record<FactKind, string> = {
  event: 'ingest-events',
  actor: 'ingest-actors',
  statement: 'ingest-statements',
};

/**
 * Upserts one fact in one write transaction: reads the sources its evidence names and the fact as
 * stored, checks the input by the document rules (sentences in the stored text, times, references),
 * writes it with the rows the ingest would write, and returns what changed. Throws FactRejectedError,
 * after which nothing was written.
 */
export function upsertFact(runner: QueryRunner, kind: FactKind, input: FactInput): Promise<FactWritten> {
  return runner.writeTransaction(`upsert-${kind} ${input.id}`, async (tx) => {
    const { rows } = await tx.run('upsert-context', {
      id: input.id,
      sourceIds: evidenceSourceIds(kind, input),
    });
    const context = rows[0]!;
    const sources = new Map(
      (context.sources as StoredSource[]).map((source) => [source.id as string, source]),
    );
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
    const step = planWrites(doc).find((candidate) => candidate.query === INGEST_STEP[kind])!;
    const written = await tx.run(`upsert-${kind}`, { rows: step.rows });
    const entity = written.rows[0]![kind] as Row;
    return { ...describeChange(kind, (context[kind] as Row | null) ?? null, entity), entity };
  });
}

export interface Retracted {
  retracted: { id: string; label: string; retractedAt: unknown; retractedReason: string } | null;
  found: boolean;
  referencedBy: Array<{ type: string; direction: string; otherId: string }>;
  hidden: Array<{ type: string; direction: string; otherId: string }>;
  earlier: Array<{ retractedAt: unknown; reason: string }>;
}

/** Retracts one fact (soft: relabelled, kept for audit) in one write query. */
export async function retractFact(
  runner: QueryRunner,
  kind: FactKind,
  id: string,
  reason: string,
): Promise<Retracted> {
  const { rows } = await runner.write(`retract-${kind}`, { id, reason });
  const row = rows[0]!;
  return {
    retracted: row.retracted as Retracted['retracted'],
    found: (row.found as boolean | undefined) ?? row.retracted !== null,
    referencedBy: (row.referencedBy as Retracted['referencedBy'] | undefined) ?? [],
    hidden: row.hidden as Retracted['hidden'],
    earlier: row.earlier as Retracted['earlier'],
  };
}
