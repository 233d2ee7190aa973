import { checkDocument, declaredIds, ingestDocument } from '../../ingest/ingest';
import { parseDocument } from '../../ingest/read-document';
import { DocumentRejectedError } from '../../model/problems';
import type { FactInput, FactKind } from '../../mutations/fact-document';
import { FactRejectedError, retractFact, upsertFact } from '../../mutations/write-fact';
import { requireRole, type Role } from '../authorise';
import type { GraphQLContext } from '../context';
import { badInput, mutationsDisabled, notFound, refused } from '../errors';

const DOCUMENT_NAME = 'document';

/** The ENABLE_MUTATIONS lock first, then the caller's role: `write`, or `read` for a dry run. */
function requireMutations(context: GraphQLContext, role: Role = 'write'): void {
  if (!context.mutationsEnabled) throw mutationsDisabled();
  requireRole(context.caller, role);
}

async function ingest(
  _: unknown,
  { document, dryRun }: { document: unknown; dryRun: boolean },
  context: GraphQLContext,
) {
  requireMutations(context, dryRun ? 'read' : 'write');
  try {
    const doc = parseDocument(document, DOCUMENT_NAME);
    const { alreadyStored, ...counts } = dryRun
      ? {
          ...(await checkDocument(context.runner, doc)),
          nodesCreated: 0,
          relationshipsCreated: 0,
          propertiesSet: 0,
        }
      : await ingestDocument(context.runner, doc);
    const stored = new Set(alreadyStored);
    const ids = declaredIds(doc);
    const declared = (['sources', 'actors', 'events', 'statements'] as const).flatMap((key) =>
      ids[key].map((id) => ({
        id,
        kind: key.slice(0, -1).toUpperCase(),
        alreadyStored: stored.has(id),
      })),
    );
    return {
      dryRun,
      sourceId: doc.sources[0]!.id,
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
}

function upsert(kind: FactKind) {
  return async (_: unknown, { input }: { input: FactInput }, context: GraphQLContext) => {
    requireMutations(context);
    try {
      const { change, changes, entity } = await upsertFact(context.runner, kind, input);
      return { change, changes, [kind]: entity };
    } catch (error) {
      if (error instanceof FactRejectedError) throw refused('input', error.problems);
      throw error;
    }
  };
}

function retract(kind: FactKind) {
  return async (_: unknown, { id, reason }: { id: string; reason: string }, context: GraphQLContext) => {
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
    const retracted = outcome.retracted!;
    return {
      id: retracted.id,
      kind: kind.toUpperCase(),
      label: retracted.label,
      retractedAt: retracted.retractedAt,
      reason: retracted.retractedReason,
      hiddenRelationships: outcome.hidden,
    };
  };
}

export const mutationResolvers = {
  Mutation: {
    ingestDocument: ingest,
    upsertEvent: upsert('event'),
    upsertActor: upsert('actor'),
    upsertStatement: upsert('statement'),
    retractEvent: retract('event'),
    retractActor: retract('actor'),
    retractStatement: retract('statement'),
  },
};
