import { parseDocument } from '../../ingest/read-document';
import { DocumentRejectedError } from '../../model/problems';
import { retractFact, type RetractKind } from '../../write/retract-fact';
import { FactRejectedError, upsertActor, upsertEvent, upsertStatement } from '../../write/upsert-fact';
import { checkDocument, ingestDocument, sourceIdOf } from '../../write/write-document';
import { requireRole, type Role } from '../authorise';
import type { GraphQLContext } from '../context';
import { badInput, mutationsDisabled, notFound, refused } from '../errors';
import type { DeclaredKind, MutationResolvers, Resolvers } from '../generated/resolvers';

const DOCUMENT_NAME = 'document';

/** The ENABLE_MUTATIONS lock first, then the caller's role: `write`, or `read` for a dry run. */
function requireMutations(context: GraphQLContext, role: Role = 'write'): void {
  if (!context.mutationsEnabled) throw mutationsDisabled();
  requireRole(context.caller, role);
}

const ingest: MutationResolvers['ingestDocument'] = async (_, { document, dryRun }, context) => {
  const dry = dryRun;
  requireMutations(context, dry ? 'read' : 'write');
  try {
    const doc = parseDocument(document, DOCUMENT_NAME);
    const { alreadyStored, ...counts } = dry
      ? {
          ...(await checkDocument(context.runner, doc)),
          nodesCreated: 0,
          relationshipsCreated: 0,
          propertiesSet: 0,
        }
      : await ingestDocument(context.runner, doc);
    const stored = new Set(alreadyStored);
    const { sources, actors, events, statements } = doc.declared;
    const node = (kind: DeclaredKind) => (id: string) => ({ id, kind, alreadyStored: stored.has(id) });
    const declared = [
      ...sources.map(node('SOURCE')),
      ...actors.map(({ id }) => node('ACTOR')(id)),
      ...events.map(node('EVENT')),
      ...statements.map(node('STATEMENT')),
    ];
    return {
      dryRun: dry,
      sourceId: sourceIdOf(doc),
      declared,
      nodesCreated: counts.nodesCreated,
      relationshipsCreated: counts.relationshipsCreated,
      propertiesSet: counts.propertiesSet,
    };
  } catch (error) {
    if (error instanceof DocumentRejectedError) {
      // A document's unknown ids are problems of the document, as with `npm run ingest`.
      throw refused(
        DOCUMENT_NAME,
        error.problems.map(({ path, message }) => ({ path: `document.${path}`.replace(/\.$/, ''), message })),
      );
    }
    throw error;
  }
};

/** An upsert's problems are located in its input already (`input.evidence.sentence`). */
async function refusedAsInput<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof FactRejectedError) throw refused('input', error.problems);
    throw error;
  }
}

const RETRACTED_KIND: Record<RetractKind, DeclaredKind> = {
  event: 'EVENT',
  actor: 'ACTOR',
  statement: 'STATEMENT',
};

function retract(kind: RetractKind): MutationResolvers['retractEvent'] {
  return async (_, { id, reason }, context) => {
    requireMutations(context);
    const why = reason.trim();
    if (!why) throw badInput('reason', 'say why it is retracted; it is kept with it for audit');
    const outcome = await retractFact(context.runner, kind, id, why);
    if (!outcome.found) {
      const [last] = outcome.earlier;
      const detail = last ? ` (it was retracted at ${String(last.retractedAt)}: ${last.reason})` : '';
      throw notFound(kind, id, detail);
    }
    if (outcome.referencedBy.length > 0) {
      const refs = outcome.referencedBy.map((ref) => `${ref.otherId} (${ref.type})`).join(', ');
      const error = badInput(
        'id',
        `${kind} '${id}' is still referred to by live facts: ${refs}; retract them, or upsert them without it, first. Nothing was written`,
      );
      error.extensions.referencedBy = outcome.referencedBy;
      throw error;
    }
    const { retracted } = outcome;
    if (!retracted)
      throw new Error(`retract-${kind} found '${id}' live and unreferenced, yet retracted nothing`);
    return {
      id: retracted.id,
      kind: RETRACTED_KIND[kind],
      label: retracted.label,
      retractedAt: retracted.retractedAt,
      reason: retracted.retractedReason,
      hiddenRelationships: outcome.hidden,
    };
  };
}

export const mutationResolvers: Resolvers = {
  Mutation: {
    ingestDocument: ingest,
    async upsertEvent(_, { input }, context) {
      requireMutations(context);
      const { entity, ...change } = await refusedAsInput(upsertEvent(context.runner, input));
      return { ...change, event: entity };
    },
    async upsertActor(_, { input }, context) {
      requireMutations(context);
      const { entity, ...change } = await refusedAsInput(upsertActor(context.runner, input));
      return { ...change, actor: entity };
    },
    async upsertStatement(_, { input }, context) {
      requireMutations(context);
      const { entity, ...change } = await refusedAsInput(upsertStatement(context.runner, input));
      return { ...change, statement: entity };
    },
    retractEvent: retract('event'),
    retractActor: retract('actor'),
    retractStatement: retract('statement'),
  },
};
