import type { GraphQLResolveInfo } from 'graphql';
import type { DateTime } from 'luxon';
import type { FuzzyTime } from '../../time';
import type { GraphQLContext } from '../context';
import { notFound } from '../errors';
import { fromParentOrLoad, type EntityMap } from '../loaders';
import { evidenceFrom, timeSpanFrom } from '../shapes';
import { timelineConnection, type TimelineArgs } from './events';
import { statementsConnection, type StatementsArgs } from './statements';

type AsOf = FuzzyTime | null | undefined;

/** A role counts on a date when it may have been held then; a role without a time is held as of its source. */
function mayHoldOn(role: EntityMap, day: AsOf): boolean {
  if (!day || !role.earliestStart) return true;
  const dayStart = day.start.toMillis();
  const dayEnd = (day.end ?? day.latestStart).toMillis();
  const earliestStart = (role.earliestStart as DateTime).toMillis();
  const latestEnd = (role.latestEnd as DateTime | undefined)?.toMillis() ?? Infinity;
  return earliestStart < dayEnd && latestEnd > dayStart;
}

/** A fact counts as of a date when its source was available by the end of that day (or is undated). */
function publishedBy(fact: EntityMap, asOf: AsOf): boolean {
  const availableAt = fact.availableAt as DateTime | null | undefined;
  if (!asOf || !availableAt) return true;
  return availableAt.toMillis() <= (asOf.end ?? asOf.latestStart).toMillis();
}

/** The field's own asOf, else the one `actor(asOf:)` was asked with. */
const asOfFor = (actor: EntityMap, asOf: AsOf): AsOf => asOf ?? (actor.askedAsOf as AsOf);

/** A list the actor map carries, kept to what had been published as of the date asked. */
function publishedList(field: 'roles' | 'officeHolders' | 'relationships' | 'mentions') {
  const load = fromParentOrLoad('actor', field);
  return async (actor: EntityMap, asOf: AsOf, context: GraphQLContext) =>
    ((await load(actor, {}, context)) as EntityMap[]).filter((fact) =>
      publishedBy(fact, asOfFor(actor, asOf)),
    );
}

function rolesField(field: 'roles' | 'officeHolders') {
  const published = publishedList(field);
  return async (actor: EntityMap, args: { heldOn?: AsOf; asOf?: AsOf }, context: GraphQLContext) =>
    (await published(actor, args.asOf, context)).filter((role) => mayHoldOn(role, args.heldOn));
}

/** What the actor said (as a speaker) or what was said about it, as of the date asked. */
function statementsField(side: 'speakers' | 'about', kind: string) {
  return (actor: EntityMap, args: StatementsArgs, context: GraphQLContext, info: GraphQLResolveInfo) => {
    const id = actor.id as string;
    const scope = { speakers: side === 'speakers' ? [id] : [], about: side === 'about' ? [id] : [] };
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

const relationshipsList = publishedList('relationships');
const mentionsList = publishedList('mentions');

export const actorResolvers = {
  Query: {
    async actor(_: unknown, { id, asOf }: { id: string; asOf?: AsOf }, { loaders }: GraphQLContext) {
      const actor = await loaders.actor.load(id);
      if (!actor) throw notFound('actor', id);
      // A copy: the loader's map is shared by every field of the request that loads this actor.
      return { ...actor, askedAsOf: asOf ?? null };
    },
  },
  Actor: {
    aliases: (actor: EntityMap) => actor.aliases ?? [],
    metonyms: (actor: EntityMap) => actor.metonyms ?? [],
    roles: rolesField('roles'),
    officeHolders: rolesField('officeHolders'),
    async relationships(
      actor: EntityMap,
      { types, asOf }: { types?: string[] | null; asOf?: AsOf },
      context: GraphQLContext,
    ) {
      const all = await relationshipsList(actor, asOf, context);
      return types ? all.filter((relationship) => types.includes(relationship.type as string)) : all;
    },
    async mentions(actor: EntityMap, { asOf }: { asOf?: AsOf }, context: GraphQLContext) {
      return (await mentionsList(actor, asOf, context)).map(evidenceFrom);
    },
    timeline: (actor: EntityMap, args: TimelineArgs, context: GraphQLContext, info: GraphQLResolveInfo) =>
      timelineConnection(
        { ...args, asOf: asOfFor(actor, args.asOf) },
        context,
        info,
        { actors: [actor.id as string], allActors: false },
        'actor-timeline',
      ),
    statementsMade: statementsField('speakers', 'statements-made'),
    statementsAbout: statementsField('about', 'statements-about'),
  },
  Role: {
    time: (role: EntityMap) => timeSpanFrom(role),
    evidence: (role: EntityMap) => evidenceFrom(role),
  },
  ActorRelationship: {
    time: (relationship: EntityMap) => timeSpanFrom(relationship),
    evidence: (relationship: EntityMap) => evidenceFrom(relationship),
  },
};
