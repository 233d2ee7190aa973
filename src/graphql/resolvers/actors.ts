import type { GraphQLResolveInfo } from 'graphql';
import type { DateTime } from 'luxon';
import type { StoredRole } from '../../model/stored';
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

/** A fact counts as of a date when its source was available by the end of that day (or is undated). */
function publishedBy(fact: { availableAt?: DateTime | null }, asOf: AsOf): boolean {
  if (!asOf || !fact.availableAt) return true;
  return fact.availableAt.toMillis() <= (asOf.end ?? asOf.latestStart).toMillis();
}

/** The field's own asOf, else the one `actor(asOf:)` was asked with. */
const asOfFor = (actor: ActorParent, asOf: AsOf): AsOf => asOf ?? actor.askedAsOf;

/** A list the actor map carries, kept to what had been published as of the date asked. */
function publishedList<Fact extends { availableAt?: DateTime | null }>(
  load: (actor: ActorParent, args: unknown, context: GraphQLContext) => Promise<Fact[] | null>,
) {
  return async (actor: ActorParent, asOf: AsOf, context: GraphQLContext) =>
    ((await load(actor, {}, context)) ?? []).filter((fact) => publishedBy(fact, asOfFor(actor, asOf)));
}

function rolesField(field: 'roles' | 'officeHolders') {
  const published = publishedList(fromParentOrLoad(actorLoader, field));
  return async (actor: ActorParent, args: { heldOn?: AsOf; asOf?: AsOf }, context: GraphQLContext) =>
    (await published(actor, args.asOf, context)).filter((role) => mayHoldOn(role, args.heldOn));
}

/** What the actor said (as a speaker) or what was said about it, as of the date asked. */
function statementsField(side: 'speakers' | 'about', kind: string) {
  return (actor: ActorParent, args: StatementsArgs, context: GraphQLContext, info: GraphQLResolveInfo) => {
    const scope = {
      speakers: side === 'speakers' ? [actor.id] : [],
      about: side === 'about' ? [actor.id] : [],
    };
    return statementsConnection(
      { ...args, asOf: asOfFor(actor, args.asOf) },
      context,
      info,
      scope,
      undefined,
      kind,
    );
  };
}

const relationshipsList = publishedList(fromParentOrLoad(actorLoader, 'relationships'));
const mentionsList = publishedList(fromParentOrLoad(actorLoader, 'mentions'));

export const actorResolvers: Resolvers = {
  Query: {
    async actor(_, { id, asOf }, { loaders }) {
      const actor = await loaders.actor.load(id);
      if (!actor) throw notFound('actor', id);
      // A copy: the loader's map is shared by every field of the request that loads this actor.
      return { ...actor, askedAsOf: asOf ?? null };
    },
  },
  Actor: {
    aliases: (actor) => actor.aliases ?? [],
    metonyms: (actor) => actor.metonyms ?? [],
    roles: rolesField('roles'),
    officeHolders: rolesField('officeHolders'),
    async relationships(actor, { types, asOf }, context) {
      const all = await relationshipsList(actor, asOf, context);
      return types ? all.filter((relationship) => types.some((type) => type === relationship.type)) : all;
    },
    async mentions(actor, { asOf }, context) {
      return (await mentionsList(actor, asOf, context)).map(evidenceFrom);
    },
    timeline: (actor, args: TimelineArgs, context, info) =>
      timelineConnection(
        { ...args, asOf: asOfFor(actor, args.asOf) },
        context,
        info,
        { actors: [actor.id], allActors: false },
        'actor-timeline',
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
