import type { GraphQLResolveInfo } from 'graphql';
import type { FieldsByTypeName, ResolveTree } from 'graphql-parse-resolve-info';
import { EVENT_LISTS, FETCH_ALL, type EventFetch } from '../model/stored';
import { resolveTree } from './selection';

/** The Event fields that read each list of the event map (src/graphql/resolvers/events.ts). */
const LISTS_READ_BY_FIELD: Record<string, ReadonlyArray<keyof EventFetch>> = {
  place: ['places'],
  participants: ['participants'],
  sectors: ['sectors'],
  partOf: ['partOfEvents'],
  parts: ['parts'],
  causeLinks: ['causes'],
  causes: ['causes'],
  effectLinks: ['consequences'],
  consequences: ['consequences'],
  statements: ['statements'],
  evidence: ['evidence'],
};

/** Connection fields that only page through the events; anything else (exports) reads them whole. */
const PAGING_FIELDS = new Set(['edges', 'pageInfo', 'totalCount', '__typename']);

const fieldsOf = (byType: FieldsByTypeName): ResolveTree[] =>
  Object.values(byType).flatMap((fields) => Object.values(fields));

/** The fields selected at `path` below the resolver's field (through every type a level may have). */
function fieldsAt(tree: ResolveTree, path: readonly string[]): ResolveTree[] {
  return path.reduce(
    (level, name) =>
      level.flatMap((field) => fieldsOf(field.fieldsByTypeName)).filter((field) => field.name === name),
    [tree],
  );
}

/** Which lists the Event fields selected at these paths read (no path: none). */
export function eventFetchAt(info: GraphQLResolveInfo, paths: ReadonlyArray<readonly string[]>): EventFetch {
  const tree = resolveTree(info);
  if (!tree) return FETCH_ALL;
  const fetch: EventFetch = { ...FETCH_ALL };
  for (const list of EVENT_LISTS) fetch[list] = false;
  const eventFields = paths
    .flatMap((path) => fieldsAt(tree, path))
    .flatMap((at) => fieldsOf(at.fieldsByTypeName));
  for (const field of eventFields)
    for (const list of LISTS_READ_BY_FIELD[field.name] ?? []) fetch[list] = true;
  return fetch;
}

/**
 * Which lists of the event map a connection of events needs, from what the query selects under
 * `edges { node { ... } }`: a timeline asking for titles reads no participants, evidence or links.
 * A connection selecting anything beyond paging (an export of the page) reads every list. Should a
 * field need a list after all, the resolver loads the whole event (one batched query), so a gap
 * here costs a round trip, never a wrong answer.
 */
export function eventFetchOf(info: GraphQLResolveInfo): EventFetch {
  const tree = resolveTree(info);
  if (!tree) return FETCH_ALL;
  if (fieldsOf(tree.fieldsByTypeName).some((field) => !PAGING_FIELDS.has(field.name))) return FETCH_ALL;
  return eventFetchAt(info, [['edges', 'node']]);
}
