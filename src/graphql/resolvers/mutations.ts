import { parseDocument } from '../../ingest/read-document';
import { DocumentRejectedError } from '../../model/problems';
import type { ActorInput, EventInput, StatementInput } from '../../write/fact-input';
import { retractFact, type RetractKind } from '../../write/retract-fact';
import { FactRejectedError, upsertActor, upsertEvent, upsertStatement } from '../../write/upsert-fact';
import { checkDocument, ingestDocument, sourceIdOf } from '../../write/write-document';
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
  { document, dryRun }: { document: unknown; dryRun?: boolean | null },
  context: GraphQLContext,
) {
  const dry = dryRun ?? false;
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
    const declared = [
      ...sources.map((id) => ({ id, kind: 'SOURCE' })),
      ...actors.map(({ id }) => ({ id, kind: 'ACTOR' })),
      ...events.map((id) => ({ id, kind: 'EVENT' })),
      ...statements.map((id) => ({ id, kind: 'STATEMENT' })),
    ].map((entry) => ({ ...entry, alreadyStored: stored.has(entry.id) }));
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
}

/** An upsert's problems are located in its input already (`input.evidence.sentence`). */
async function refusedAsInput<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof FactRejectedError) throw refused('input', error.problems);
    throw error;
  }
}

async function upsertEventResolver(_: unknown, { input }: { input: EventInput }, context: GraphQLContext) {
  requireMutations(context);
  const { entity, ...change } = await refusedAsInput(upsertEvent(context.runner, input));
  return { ...change, event: entity };
}

async function upsertActorResolver(_: unknown, { input }: { input: ActorInput }, context: GraphQLContext) {
  requireMutations(context);
  const { entity, ...change } = await refusedAsInput(upsertActor(context.runner, input));
  return { ...change, actor: entity };
}

async function upsertStatementResolver(
  _: unknown,
  { input }: { input: StatementInput },
  context: GraphQLContext,
) {
  requireMutations(context);
  const { entity, ...change } = await refusedAsInput(upsertStatement(context.runner, input));
  return { ...change, statement: entity };
}

function retract(kind: RetractKind) {
  return async (_: unknown, { id, reason }: { id: string; reason: string }, context: GraphQLContext) => {
    requireMutations(context);
    const why = reason.trim();
    if (!why) throw badInput('reason', 'say why it is retracted; it is kept with it for audit');
    const outcome = await retractFact(context.runner, kind, id, why);
    const { retracted } = outcome;
    if (!outcome.found || !retracted) {
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
    upsertEvent: upsertEventResolver,
    upsertActor: upsertActorResolver,
    upsertStatement: upsertStatementResolver,
    retractEvent: retract('event'),
    retractActor: retract('actor'),
    retractStatement: retract('statement'),
  },
};
