import type { GraphQLResolveInfo } from 'graphql';
import type { DateTime } from 'luxon';
import type { FuzzyTime } from '../../time';
import { asOfParams, listParam, textParam, windowParams, type WindowArgs } from '../arguments';
import type { GraphQLContext } from '../context';
import { badInput, notFound } from '../errors';
import { fromParentOrLoad, type EntityMap } from '../loaders';
import type { ConnectionArgs } from '../pagination';
import { timeOrderedConnection } from '../time-ordered';
import { evidenceFrom, timeSpanFrom } from '../shapes';

const FACT_STATUSES = new Set(['HAPPENED', 'ONGOING']);

export interface TimelineArgs extends ConnectionArgs, WindowArgs {
  actors?: string[] | null;
  actorsMatch?: 'ANY' | 'ALL';
  types?: string[] | null;
  places?: string[] | null;
  sectors?: string[] | null;
  text?: string | null;
  statuses?: string[] | null;
  asOf?: FuzzyTime | null;
}

/** Best-estimate start, then id: the order of every time-ordered list. */
function byTimeThenId(a: EntityMap, b: EntityMap): number {
  const order = (a.start as DateTime).toMillis() - (b.start as DateTime).toMillis();
  return order !== 0 ? order : String(a.id).localeCompare(String(b.id));
}

/** The timeline's filters, checked; the actors are the scope's, so one query serves many actors' timelines. */
export function timelineFilters(args: TimelineArgs) {
  const places = listParam(args.places, 'places');
  const sectors = listParam(args.sectors, 'sectors');
  return {
    ...windowParams(args),
    types: listParam(args.types, 'types'),
    statuses: listParam(args.statuses, 'statuses'),
    places,
    sectors,
    text: textParam(args.text),
    ...asOfParams(args.asOf),
    mustExist: [...(args.actors ?? []), ...places, ...sectors],
  };
}

/** Events in time order for one scope of actors (all events when `actors` is empty). */
export function timelineConnection(
  args: TimelineArgs,
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  scope: { actors: string[]; allActors: boolean },
  kind = 'timeline',
) {
  return timeOrderedConnection(
    { kind, query: 'timeline', filters: timelineFilters(args), scope, missingWhat: 'actor' },
    args,
    context,
    info,
  );
}

export const eventResolvers = {
  Query: {
    timeline: (_: unknown, args: TimelineArgs, context: GraphQLContext, info: GraphQLResolveInfo) =>
      timelineConnection(args, context, info, {
        actors: listParam(args.actors, 'actors'),
        allActors: args.actorsMatch === 'ALL',
      }),
    together(_: unknown, args: TimelineArgs, context: GraphQLContext, info: GraphQLResolveInfo) {
      const actors = [...new Set(args.actors ?? [])];
      if (actors.length < 2) throw badInput('actors', 'name at least two different actors');
      return timelineConnection(args, context, info, { actors, allActors: true }, 'together');
    },
    async event(_: unknown, { id }: { id: string }, { loaders }: GraphQLContext) {
      const event = await loaders.event.load(id);
      if (!event) throw notFound('event', id);
      return event;
    },
  },
  Event: {
    isFact: (event: EntityMap) => FACT_STATUSES.has(event.status as string),
    time: (event: EntityMap) => timeSpanFrom(event),
    place: fromParentOrLoad('event', 'place'),
    participants: fromParentOrLoad('event', 'participants'),
    sectors: fromParentOrLoad('event', 'sectors'),
    partOf: fromParentOrLoad('event', 'partOf'),
    parts: fromParentOrLoad('event', 'parts'),
    causes: fromParentOrLoad('event', 'causes'),
    consequences: fromParentOrLoad('event', 'consequences'),
    async statements(event: EntityMap, args: unknown, context: GraphQLContext) {
      const list = (await fromParentOrLoad('event', 'statements')(event, args, context)) as EntityMap[];
      return [...list].sort(byTimeThenId);
    },
    async evidence(event: EntityMap, args: unknown, context: GraphQLContext) {
      const list = (await fromParentOrLoad('event', 'evidence')(event, args, context)) as EntityMap[];
      return list.map(evidenceFrom);
    },
  },
  Participation: {
    evidence: (participation: EntityMap) => evidenceFrom(participation.evidence as EntityMap),
  },
  EventLink: {
    evidence: (link: EntityMap) => evidenceFrom(link.evidence as EntityMap),
  },
};
