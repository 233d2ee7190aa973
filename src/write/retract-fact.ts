import { queries, type RelationshipRef, type RetractRow } from '../db/queries';
import type { QueryRunner } from '../db/runner';
import { readNetwork, retime } from './time-network';

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

/**
 * Retracts one fact (soft: relabelled, kept for audit) in one write transaction. An event's retraction
 * re-derives the times of the events it was tied to, which no longer lean on it.
 */
export async function retractFact(
  runner: QueryRunner,
  kind: RetractKind,
  id: string,
  reason: string,
): Promise<Retracted> {
  const row = await runner.writeTransaction(`retract-${kind} ${id}`, async (tx) => {
    const tied = kind === 'event' ? (await readNetwork(tx, [id])).events.map((e) => e.id) : [];
    const [retraction] = (await tx.run(RETRACT[kind], { id, reason })).rows;
    await retime(
      tx,
      tied.filter((other) => other !== id),
    );
    return retraction;
  });
  if (!row) throw new Error(`retract-${kind} answered no row`);
  return {
    retracted: row.retracted,
    found: row.found ?? row.retracted !== null,
    referencedBy: row.referencedBy ?? [],
    hidden: row.hidden,
    earlier: row.earlier,
  };
}
