import { queries, type RelationshipRef, type RetractRow } from '../db/queries';
import type { QueryRunner } from '../db/runner';

export type RetractKind = 'event' | 'actor' | 'statement';

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
  kind: RetractKind,
  id: string,
  reason: string,
): Promise<Retracted> {
  const [row] = (await runner.write(RETRACT[kind], { id, reason })).rows;
  if (!row) throw new Error(`retract-${kind} answered no row`);
  return {
    retracted: row.retracted,
    found: row.found ?? row.retracted !== null,
    referencedBy: row.referencedBy ?? [],
    hidden: row.hidden,
    earlier: row.earlier,
  };
}
