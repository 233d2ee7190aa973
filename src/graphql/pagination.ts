import { badInput } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Where a page starts and which way it reads: keyset, never an offset. */
export interface PageRequest {
  direction: 'forward' | 'backward';
  size: number;
  /** The sort key of the cursor's item, decoded. */
  cursor: Record<string, unknown> | null;
}

/** Cursors are opaque to clients: base64url of the item's sort key, tagged with the connection's name. */
export function encodeCursor(kind: string, key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify({ k: kind, v: key })).toString('base64url');
}

export function decodeCursor(kind: string, argument: string, cursor: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isRecord(parsed) && parsed.k === kind && isRecord(parsed.v)) return parsed.v;
  } catch {
    // Falls through to the error below.
  }
  throw badInput(
    argument,
    `not a cursor of this list; pass an edge's cursor or pageInfo.endCursor unchanged`,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function pageRequest(kind: string, args: ConnectionArgs): PageRequest {
  const { first, after, last, before } = args;
  if (first != null && last != null) throw badInput('first', 'use first/after or last/before, not both');
  if (after != null && before != null) throw badInput('after', 'use after or before, not both');
  if (after != null && last != null) throw badInput('after', 'after goes with first, before with last');
  if (before != null && first != null) throw badInput('before', 'before goes with last, after with first');
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE)) {
      throw badInput(name, `must be a whole number from 0 to ${MAX_PAGE_SIZE}, got ${value}`);
    }
  }
  if (last != null || before != null) {
    return {
      direction: 'backward',
      size: last ?? DEFAULT_PAGE_SIZE,
      cursor: before != null ? decodeCursor(kind, 'before', before) : null,
    };
  }
  return {
    direction: 'forward',
    size: first ?? DEFAULT_PAGE_SIZE,
    cursor: after != null ? decodeCursor(kind, 'after', after) : null,
  };
}

/**
 * Builds a connection from the rows a query returned for `request` (one more than the page size, to
 * know whether more follow), in the query's reading order.
 */
export function toConnection<T>(
  kind: string,
  request: PageRequest,
  rows: T[],
  keyOf: (row: T) => Record<string, unknown>,
  totalCount: number | null,
) {
  const more = rows.length > request.size;
  const page = rows.slice(0, request.size);
  if (request.direction === 'backward') page.reverse();
  const edges = page.map((node) => ({ cursor: encodeCursor(kind, keyOf(node)), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: request.direction === 'forward' ? more : request.cursor !== null,
      hasPreviousPage: request.direction === 'backward' ? more : request.cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
