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

interface TimeOrdered {
  id: string;
  start?: DateTime | null;
}

/** Events and statements read in (best-estimate start, id) order; a cursor is that pair. */
function timeKey(item: TimeOrdered): Record<string, unknown> {
  return { start: item.start?.toISO() ?? null, id: item.id };
}

/** The keyset to read from; with no cursor, one before everything (forward) or after it (backward). */
function cursorParam(key: Record<string, unknown> | null, argument: string, backward: boolean) {
  if (!key) return { start: backward ? OPEN_FUTURE : OPEN_PAST, id: '' };
  const start = typeof key.start === 'string' ? DateTime.fromISO(key.start, { setZone: true }) : null;
  if (!start?.isValid || typeof key.id !== 'string') throw badInput(argument, 'not a cursor of this list');
  return { start, id: key.id };
}

export interface TimeOrderedList<Filters, Scope, Item, Row extends ScopedPageRow<Item>, Node> {
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
}

/** A Relay connection over a time-ordered list, read with keyset cursors through a scoped page loader. */
export async function timeOrderedConnection<
  Filters,
  Scope,
  Item extends TimeOrdered,
  Row extends ScopedPageRow<Item>,
  Node extends TimeOrdered,
>(
  list: TimeOrderedList<Filters, Scope, Item, Row, Node>,
  args: ConnectionArgs,
  info: GraphQLResolveInfo,
): Promise<ConnectionParent<Node>> {
  const request = pageRequest(list.kind, args);
  const backward = request.direction === 'backward';
  const keyset: KeysetParams = {
    backward,
    cursor: cursorParam(request.cursor, backward ? 'before' : 'after', backward),
    limit: request.size + 1,
    withTotal: selects(info, 'totalCount'),
  };
  const page = await list.pages.load({ shared: { ...list.filters, ...keyset }, scope: list.scope });
  const [missing] = page?.missing ?? [];
  if (missing !== undefined) {
    throw notFound(
      typeof list.missingWhat === 'string' ? list.missingWhat : list.missingWhat(missing),
      missing,
    );
  }
  // The query answers in ascending order; a backward page reads from its cursor down.
  const nodes = page ? page.items.map((item) => list.nodeOf(item, page)) : [];
  const rows = backward ? [...nodes].reverse() : nodes;
  return toConnection(list.kind, request, rows, timeKey, page?.totalCount ?? 0);
}
