import type { GraphQLResolveInfo } from 'graphql';
import { DateTime } from 'luxon';
import { toNeo4jDateTime } from '../../db/convert';
import type { FuzzyTime } from '../../time';
import type { GraphQLContext } from '../context';
import { badInput, notFound } from '../errors';
import { fromParentOrLoad, type EntityMap } from '../loaders';
import { pageRequest, toConnection, type ConnectionArgs } from '../pagination';
import { selects } from '../selection';
import { evidenceFrom, timeSpanFrom } from '../shapes';
import { windowParams } from '../window';

const FACT_STATUSES = new Set(['HAPPENED', 'ONGOING']);

export interface TimelineArgs extends ConnectionArgs {
  from?: FuzzyTime | null;
  to?: FuzzyTime | null;
  match?: 'CERTAINLY' | 'POSSIBLY';
  actors?: string[] | null;
  actorsMatch?: 'ANY' | 'ALL';
  types?: string[] | null;
  places?: string[] | null;
  sectors?: string[] | null;
  text?: string | null;
  statuses?: string[] | null;
  asOf?: FuzzyTime | null;
}

/** The timeline's parameters, checked: a partial `from` stands for its start, a partial `to` for its end. */
export function timelineParams(args: TimelineArgs) {
  const window = windowParams(args);
  const list = (values: string[] | null | undefined, name: string) => {
    if (values == null) return null;
    if (values.length === 0) throw badInput(name, 'an empty list matches nothing; leave it out to match all');
    return values;
  };
  const text = args.text?.trim().toLowerCase();
  return {
    ...window,
    actors: list(args.actors, 'actors'),
    allActors: args.actorsMatch === 'ALL',
    types: list(args.types, 'types'),
    places: list(args.places, 'places'),
    sectors: list(args.sectors, 'sectors'),
    statuses: list(args.statuses, 'statuses'),
    text: text ? text : null,
    // asOf a day means by the end of that day.
    asOf: args.asOf ? toNeo4jDateTime(args.asOf.end ?? args.asOf.latestStart) : null,
  };
}

function eventKey(event: EntityMap): Record<string, unknown> {
  return { start: (event.start as DateTime).toISO(), id: event.id };
}

function keyParam(key: Record<string, unknown> | null, argument: string) {
  if (!key) return null;
  const start = typeof key.start === 'string' ? DateTime.fromISO(key.start, { setZone: true }) : null;
  if (!start?.isValid || typeof key.id !== 'string') throw badInput(argument, 'not a cursor of this list');
  return { start: toNeo4jDateTime(start), id: key.id };
}

export async function timelineConnection(
  args: TimelineArgs,
  { runner }: GraphQLContext,
  info: GraphQLResolveInfo,
  kind = 'timeline',
) {
  const params = timelineParams(args);
  const request = pageRequest(kind, args);
  const withTotal = selects(info, 'totalCount');
  const cursor = keyParam(request.cursor, request.direction === 'forward' ? 'after' : 'before');
  const { rows } = await runner.read(request.direction === 'forward' ? 'timeline' : 'timeline-backward', {
    ...params,
    after: request.direction === 'forward' ? cursor : null,
    before: request.direction === 'backward' ? cursor : null,
    limit: request.size + 1,
    withTotal,
  });
  const row = rows[0] ?? {};
  return toConnection(
    kind,
    request,
    (row.events as EntityMap[]) ?? [],
    eventKey,
    (row.totalCount as number) ?? null,
  );
}

export const eventResolvers = {
  Query: {
    timeline: (_: unknown, args: TimelineArgs, context: GraphQLContext, info: GraphQLResolveInfo) =>
      timelineConnection(args, context, info),
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
