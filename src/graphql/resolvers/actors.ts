import type { GraphQLResolveInfo } from 'graphql';
import type { FuzzyTime } from '../../time';
import type { GraphQLContext } from '../context';
import { notFound } from '../errors';
import { fromParentOrLoad, type EntityMap } from '../loaders';
import { evidenceFrom, timeSpanFrom } from '../shapes';
import { timelineConnection, type TimelineArgs } from './events';
import { statementsConnection, type StatementsArgs } from './statements';

/** A role counts on a date when it may have been held then; a role without a time is held as of its source. */
function mayHoldOn(role: EntityMap, day: FuzzyTime | null | undefined): boolean {
  if (!day || !role.earliestStart) return true;
  const dayStart = day.start.toMillis();
  const dayEnd = (day.end ?? day.latestStart).toMillis();
  const earliestStart = (role.earliestStart as FuzzyTime['start']).toMillis();
  const latestEnd = (role.latestEnd as FuzzyTime['start'] | undefined)?.toMillis() ?? Infinity;
  return earliestStart < dayEnd && latestEnd > dayStart;
}

function rolesField(field: 'roles' | 'officeHolders') {
  const load = fromParentOrLoad('actor', field);
  return async (actor: EntityMap, { asOf }: { asOf?: FuzzyTime | null }, context: GraphQLContext) =>
    ((await load(actor, {}, context)) as EntityMap[]).filter((role) => mayHoldOn(role, asOf));
}

export const actorResolvers = {
  Query: {
    async actor(_: unknown, { id }: { id: string }, { loaders }: GraphQLContext) {
      const actor = await loaders.actor.load(id);
      if (!actor) throw notFound('actor', id);
      return actor;
    },
  },
  Actor: {
    aliases: (actor: EntityMap) => actor.aliases ?? [],
    metonyms: (actor: EntityMap) => actor.metonyms ?? [],
    roles: rolesField('roles'),
    officeHolders: rolesField('officeHolders'),
    async relationships(actor: EntityMap, { types }: { types?: string[] | null }, context: GraphQLContext) {
      const all = (await fromParentOrLoad('actor', 'relationships')(actor, {}, context)) as EntityMap[];
      return types ? all.filter((relationship) => types.includes(relationship.type as string)) : all;
    },
    timeline: (actor: EntityMap, args: TimelineArgs, context: GraphQLContext, info: GraphQLResolveInfo) =>
      timelineConnection(
        args,
        context,
        info,
        { key: actor.id as string, actors: [actor.id as string], allActors: false },
        'actor-timeline',
      ),
    statementsMade: (
      actor: EntityMap,
      args: StatementsArgs,
      context: GraphQLContext,
      info: GraphQLResolveInfo,
    ) =>
      statementsConnection(
        args,
        context,
        info,
        { key: actor.id as string, speakers: [actor.id as string], about: [] },
        'statements-made',
      ),
    statementsAbout: (
      actor: EntityMap,
      args: StatementsArgs,
      context: GraphQLContext,
      info: GraphQLResolveInfo,
    ) =>
      statementsConnection(
        args,
        context,
        info,
        { key: actor.id as string, speakers: [], about: [actor.id as string] },
        'statements-about',
      ),
    async mentions(actor: EntityMap, _args: unknown, context: GraphQLContext) {
      return ((await fromParentOrLoad('actor', 'mentions')(actor, {}, context)) as EntityMap[]).map(
        evidenceFrom,
      );
    },
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
