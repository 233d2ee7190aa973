import type { GraphQLResolveInfo } from 'graphql';
import type DataLoader from 'dataloader';
import { DateTime } from 'luxon';
import type { KeysetParams, ScopedPageRow } from '../db/queries';
import { OPEN_FUTURE, OPEN_PAST } from './arguments';
import { badInput, notFound } from './errors';
import type { ConnectionParent } from './parents';
import { pageRequest, toConnection, type ConnectionArgs } from './pagination';
import type { ScopedPageRequest } from './scoped-pages';
import { selects } from './selection';

export interface TimeOrdered {
  id: string;
}

/**
 * Where an item sits in its list: its earliest start on the list's basis, its depth in the stated order
 * (cause before effect on equal starts), and what tells whether it certainly follows the item before it.
 */
export interface OrderKey {
  start: DateTime | null;
  latestStart: DateTime | null;
  depth: number;
  /** The ids the links put before it, whatever the dates. */
  after: string[];
}

interface KeyedItem {
  id: string;
  key: OrderKey;
}

function encodeKey({ id, key }: KeyedItem): Record<string, unknown> {
  return {
    start: key.start?.toISO() ?? null,
    latestStart: key.latestStart?.toISO() ?? null,
    depth: key.depth,
    id,
  };
}

function decodeKey(key: Record<string, unknown>, argument: string): KeyedItem {
  const at = (value: unknown) =>
    typeof value === 'string' ? DateTime.fromISO(value, { setZone: true }) : null;
  const start = at(key.start);
  if (!start?.isValid || typeof key.id !== 'string') throw badInput(argument, 'not a cursor of this list');
  const latestStart = at(key.latestStart);
  const depth = typeof key.depth === 'number' ? key.depth : 0;
  return {
    id: key.id,
    key: { start, latestStart: latestStart?.isValid ? latestStart : null, depth, after: [] },
  };
}

/** The keyset to read from; with no cursor, one before everything (forward) or after it (backward). */
function cursorParam(cursor: KeyedItem | null, backward: boolean) {
  if (!cursor?.key.start) return { start: backward ? OPEN_FUTURE : OPEN_PAST, depth: 0, id: '' };
  return { start: cursor.key.start, depth: cursor.key.depth, id: cursor.id };
}

/**
 * Whether `item` certainly starts no earlier than `before`: by the dates (the one before must have
 * started by the time this one can), or by the links (a stated chain puts the one before first).
 */
export function orderAfter(
  before: KeyedItem,
  item: KeyedItem,
): { orderCertainty: 'CERTAIN' | 'POSSIBLE'; orderNote: string } {
  const { latestStart } = before.key;
  if (item.key.after.includes(before.id)) {
    return { orderCertainty: 'CERTAIN', orderNote: `the links put ${before.id} first` };
  }
  if (latestStart && item.key.start && latestStart.toMillis() <= item.key.start.toMillis()) {
    return { orderCertainty: 'CERTAIN', orderNote: `${before.id} has started by the time this can` };
  }
  return {
    orderCertainty: 'POSSIBLE',
    orderNote: `may start before ${before.id}: their dates overlap and no link orders them`,
  };
}

export interface TimeOrderedList<
  Filters,
  Scope,
  Item extends TimeOrdered,
  Row extends ScopedPageRow<Item>,
  Node,
> {
  /** The connection's name, tagged into its cursors so one list's cursor is refused by another. */
  kind: string;
  /** The batched page loader of the list's query. */
  pages: DataLoader<ScopedPageRequest<Filters, Scope>, Row | null, string>;
  filters: Filters;
  scope: Scope;
  /** What the ids the query reports missing should have been, for the NOT_FOUND message. */
  missingWhat: string | ((id: string) => string);
  /** Each item as the connection's node, with what the row says beyond the list. */
  nodeOf: (item: Item, row: Row) => Node;
  /** The item's place in the list's order (the same key the query sorts on). */
  order: (item: Item) => OrderKey;
  /** Refuses a page whose row says the question cannot be answered (throws a GraphQL error). */
  check?: (row: Row) => void;
}

/** A Relay connection over a time-ordered list, read with keyset cursors through a scoped page loader. */
export async function timeOrderedConnection<
  Filters,
  Scope,
  Item extends TimeOrdered,
  Row extends ScopedPageRow<Item>,
  Node,
>(
  list: TimeOrderedList<Filters, Scope, Item, Row, Node>,
  args: ConnectionArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionParent<Node>> {
  const request = pageRequest(list.kind, args);
  const backward = request.direction === 'backward';
  const cursor = request.cursor ? decodeKey(request.cursor, backward ? 'before' : 'after') : null;
  const keyset: KeysetParams = {
    backward,
    cursor: cursorParam(cursor, backward),
    limit: request.size + 1,
    withTotal: selects(info, 'totalCount'),
  };
  const page = await list.pages.load({ shared: { ...list.filters, ...keyset }, scope: list.scope });
  if (page) list.check?.(page);
  const [missing] = page?.missing ?? [];
  if (missing !== undefined) {
    throw notFound(
      typeof list.missingWhat === 'string' ? list.missingWhat : list.missingWhat(missing),
      missing,
    );
  }
  // The query answers in ascending order; a backward page reads from its cursor down.
  const items = page?.items ?? [];
  const keyed = new Map(items.map((item) => [item.id, { id: item.id, key: list.order(item) }]));
  const keyOf = (item: Item): KeyedItem => keyed.get(item.id) ?? { id: item.id, key: list.order(item) };
  const nodes = page ? items.map((item) => ({ item, node: list.nodeOf(item, page) })) : [];
  const rows = backward ? [...nodes].reverse() : nodes;
  const connection = toConnection(
    list.kind,
    request,
    rows,
    ({ item }) => encodeKey(keyOf(item)),
    page?.totalCount ?? 0,
  );
  // What comes just before the first edge: the item before the page (read as the extra row going
  // backward), or the cursor's item going forward; nothing on a first page.
  const extra = backward && items.length > request.size ? items[0] : undefined;
  let before: KeyedItem | null = extra ? keyOf(extra) : backward ? null : cursor;
  const edges = connection.edges.map((edge) => {
    const current = keyOf(edge.node.item);
    const certainty = before
      ? orderAfter(before, current)
      : { orderCertainty: 'CERTAIN' as const, orderNote: 'first in the list' };
    before = current;
    return { cursor: edge.cursor, node: edge.node.node, ...certainty };
  });
  return { ...connection, edges };
}
