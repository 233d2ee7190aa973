import type { GraphQLResolveInfo } from 'graphql';
import { DateTime } from 'luxon';
import { toNeo4jDateTime } from '../db/convert';
import type { Row } from '../db/runner';
import { OPEN_FUTURE, OPEN_PAST } from './arguments';
import type { GraphQLContext } from './context';
import { badInput, notFound } from './errors';
import { pageRequest, toConnection, type ConnectionArgs } from './pagination';
import { selects } from './selection';

/** Events and statements read in (best-estimate start, id) order; a cursor is that pair. */
function timeKey(item: Row): Record<string, unknown> {
  return { start: (item.start as DateTime).toISO(), id: item.id };
}

/** The keyset to read from; with no cursor, one before everything (forward) or after it (backward). */
function cursorParam(key: Record<string, unknown> | null, argument: string, backward: boolean) {
  if (!key) return { start: toNeo4jDateTime(backward ? OPEN_FUTURE : OPEN_PAST), id: '' };
  const start = typeof key.start === 'string' ? DateTime.fromISO(key.start, { setZone: true }) : null;
  if (!start?.isValid || typeof key.id !== 'string') throw badInput(argument, 'not a cursor of this list');
  return { start: toNeo4jDateTime(start), id: key.id };
}

export interface TimeOrderedList {
  /** The connection's name, tagged into its cursors so one list's cursor is refused by another. */
  kind: string;
  /** The named query; it takes the filters, `$scopes`, `$backward`, `$cursor`, `$limit`, `$withTotal`. */
  query: string;
  filters: Row;
  scope: Row;
  /** What the ids the query reports missing should have been, for the NOT_FOUND message. */
  missingWhat: string | ((id: string) => string);
  /** Adds what the row says beyond the list to each item. */
  decorate?: (item: Row, row: Row) => Row;
}

/** A Relay connection over a time-ordered list, read with keyset cursors through the scoped page loader. */
export async function timeOrderedConnection(
  list: TimeOrderedList,
  args: ConnectionArgs,
  context: GraphQLContext,
  info: GraphQLResolveInfo,
) {
  const request = pageRequest(list.kind, args);
  const backward = request.direction === 'backward';
  const page = await context.loaders.scopedPage.load({
    query: list.query,
    shared: {
      ...list.filters,
      backward,
      cursor: cursorParam(request.cursor, backward ? 'before' : 'after', backward),
      limit: request.size + 1,
      withTotal: selects(info, 'totalCount'),
    },
    scope: list.scope,
  });
  const [missing] = page.missing;
  if (missing !== undefined) {
    throw notFound(
      typeof list.missingWhat === 'string' ? list.missingWhat : list.missingWhat(missing),
      missing,
    );
  }
  // The query answers in ascending order; a backward page reads from its cursor down.
  const items = list.decorate ? page.items.map((item) => list.decorate!(item, page.row)) : page.items;
  const rows = backward ? [...items].reverse() : items;
  return toConnection(list.kind, request, rows, timeKey, page.totalCount);
}
