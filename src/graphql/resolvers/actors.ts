import type { GraphQLResolveInfo } from 'graphql';
import type { SourceScope } from '../../model/source-scope';
import { statingSourceIds, type StoredEvidence, type StoredRole } from '../../model/stored';
import { voicesOf } from '../../model/voices';
import { sourceScope, type SourceArgs } from '../arguments';
import { assertedBy, mustBeSources } from '../source-check';
import type { FuzzyTime } from '../../time';
import type { GraphQLContext } from '../context';
import { notFound } from '../errors';
import type { InputMaybe, Resolvers } from '../generated/resolvers';
import { actorLoader, fromParentOrLoad } from '../loaders';
import type { ActorParent } from '../parents';
import { evidenceFrom, timeSpanFrom } from '../shapes';
import { statementsConnection, timelineConnection, type StatementsArgs, type TimelineArgs } from '../lists';

type AsOf = InputMaybe<FuzzyTime>;

/** A role counts on a date when it may have been held then; a role without a time is held as of its source. */
function mayHoldOn(role: StoredRole, day: AsOf): boolean {
  if (!day || !role.earliestStart) return true;
  const dayStart = day.start.toMillis();
  const dayEnd = (day.end ?? day.latestStart).toMillis();
  const latestEnd = role.latestEnd?.toMillis() ?? Infinity;
  return role.earliestStart.toMillis() < dayEnd && latestEnd > dayStart;
}

/** The field's own source arguments over the scope `actor(...)` was asked with. */
const scopeFor = (actor: ActorParent, args: SourceArgs): SourceScope => sourceScope(args, actor.askedSources);

/** A list the actor map carries, kept to the facts that a source in the scope asked states. */
function assertedList<Fact extends StoredEvidence>(
  load: (actor: ActorParent, args: unknown, context: GraphQLContext) => Promise<Fact[] | null>,
) {
  return async (actor: ActorParent, args: SourceArgs, context: GraphQLContext) =>
    assertedBy((await load(actor, {}, context)) ?? [], statingSourceIds, scopeFor(actor, args), context);
}

function rolesField(field: 'roles' | 'officeHolders') {
  const asserted = assertedList(fromParentOrLoad(actorLoader, field));
  return async (actor: ActorParent, args: SourceArgs & { heldOn?: AsOf }, context: GraphQLContext) => {
    const askedSources = scopeFor(actor, args);
    return (await asserted(actor, args, context))
      .filter((role) => mayHoldOn(role, args.heldOn))
      .map((role) => ({
        ...role,
        holder: { ...role.holder, askedSources },
        organisation: { ...role.organisation, askedSources },
      }));
  };
}

/** What the actor said (as a speaker) or what was said about it, as of the date asked. */
function statementsField(side: 'speakers' | 'about', kind: string) {
  return (actor: ActorParent, args: StatementsArgs, context: GraphQLContext, info: GraphQLResolveInfo) => {
    const scope = {
      speakers: side === 'speakers' ? [actor.id] : [],
      about: side === 'about' ? [actor.id] : [],
    };
    return statementsConnection(args, context, info, scope, undefined, kind, actor.askedSources);
  };
}

const relationshipsList = assertedList(fromParentOrLoad(actorLoader, 'relationships'));
// The actor map leaves mentions out (a write's answer has them): they come from their own loader.
const mentionsList = assertedList(
  async (actor, _args, context) => actor.mentions ?? (await context.loaders.actorMentions.load(actor.id)),
);

export const actorResolvers: Resolvers = {
  Query: {
    async actor(_, args, context) {
      const askedSources = sourceScope(args);
      const [actor] = await Promise.all([
        context.loaders.actor.load(args.id),
        mustBeSources(askedSources, context),
      ]);
      if (!actor) throw notFound('actor', args.id);
      // A copy: the loader's map is shared by every field of the request that loads this actor.
      return { ...actor, askedSources };
    },
  },
  Actor: {
    aliases: (actor) => actor.aliases ?? [],
    async voices(actor, _args, context) {
      const roles = (await fromParentOrLoad(actorLoader, 'roles')(actor, {}, context)) ?? [];
      return voicesOf(
        actor,
        roles.map((role) => role.organisation),
      );
    },
    metonyms: (actor) => actor.metonyms ?? [],
    roles: rolesField('roles'),
    officeHolders: rolesField('officeHolders'),
    async relationships(actor, args, context) {
      const { types } = args;
      const askedSources = scopeFor(actor, args);
      const all = (await relationshipsList(actor, args, context)).map((relationship) => ({
        ...relationship,
        other: { ...relationship.other, askedSources },
      }));
      return types ? all.filter((relationship) => types.some((type) => type === relationship.type)) : all;
    },
    async mentions(actor, args, context) {
      return (await mentionsList(actor, args, context)).map(evidenceFrom);
    },
    timeline: (actor, args: TimelineArgs, context, info) =>
      timelineConnection(
        args,
        context,
        info,
        { actors: [actor.id], allActors: false },
        'actor-timeline',
        actor.askedSources,
      ),
    statementsMade: statementsField('speakers', 'statements-made'),
    statementsAbout: statementsField('about', 'statements-about'),
  },
  Role: {
    time: (role) => timeSpanFrom(role),
    evidence: (role) => evidenceFrom(role),
  },
  ActorRelationship: {
    time: (relationship) => timeSpanFrom(relationship),
    evidence: (relationship) => evidenceFrom(relationship),
  },
};
