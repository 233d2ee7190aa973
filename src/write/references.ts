import { queries, type ReferenceCheckParams, type ReferenceCheckRow } from '../db/queries';
import type { QueryTransaction } from '../db/runner';
import type { Declarations, ReferenceNeeds } from '../model/prepared';
import type { Problem } from '../model/problems';

/** What a write declares and what it refers to beyond that: a document's, or one fact's. */
export interface WriteReferences {
  declared: Declarations;
  references: ReferenceNeeds;
}

export interface ReferenceOutcome {
  problems: Problem[];
  /** The declared node ids that were stored (live) before the write. */
  alreadyStored: string[];
}

/**
 * Asks the database, in one query, about the ids a write refers to without declaring: every one
 * unknown is a problem at each path that names it (UNKNOWN_ID); a declared actor whose stored kind
 * differs is a problem at its kind. Run inside the write transaction, before anything is written, or
 * in a read transaction for a dry run.
 */
export async function checkReferences(
  tx: Pick<QueryTransaction, 'run'>,
  write: WriteReferences,
): Promise<ReferenceOutcome> {
  const { rows } = await tx.run(queries.ingestCheckReferences, checkParams(write));
  const [check] = rows;
  if (!check) throw new Error('ingest-check-references answered no row');
  return { problems: referenceProblems(write, check), alreadyStored: check.alreadyStored };
}

function checkParams({ declared, references }: WriteReferences): ReferenceCheckParams {
  return {
    actorIds: [...references.actors.keys()],
    eventIds: [...references.events.keys()],
    actors: declared.actors.map(({ id, kind }) => ({ id, kind })),
    declared: {
      sources: declared.sources,
      actors: declared.actors.map((actor) => actor.id),
      events: declared.events,
      statements: declared.statements,
    },
  };
}

function referenceProblems({ declared, references }: WriteReferences, check: ReferenceCheckRow): Problem[] {
  const unknown = (kind: 'actor' | 'event', ids: string[], paths: Map<string, string[]>): Problem[] =>
    ids.flatMap((id) =>
      (paths.get(id) ?? []).map((path) => ({
        path,
        message: `unknown ${kind} id '${id}': declare it in this document's ${kind}s or load it first`,
        code: 'UNKNOWN_ID' as const,
      })),
    );
  const conflicts = check.kindConflicts.map((conflict) => {
    const at = declared.actors.find((actor) => actor.id === conflict.id)?.path ?? 'actors';
    return {
      path: `${at}.kind`,
      message: `'${conflict.id}' is stored as ${conflict.stored}; a document cannot make it ${conflict.declared}`,
    };
  });
  return [
    ...unknown('actor', check.missingActors, references.actors),
    ...unknown('event', check.missingEvents, references.events),
    ...conflicts,
  ];
}
