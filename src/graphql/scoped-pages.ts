import DataLoader from 'dataloader';
import type { QueryRunner, Row } from '../db/runner';

/**
 * One page of a list, for one scope (one actor's timeline, the whole timeline). Requests that share a
 * query and its shared parameters are answered by one query over all their scopes, so a list of actors
 * each asking for its own timeline costs one round trip, not one per actor.
 */
export interface ScopedPageRequest {
  query: string;
  /** Parameters common to the batch: filters, cursor, page size. */
  shared: Row;
  /** Parameters of this one list (which actor, which speakers...). */
  scope: Row;
}

/** What the query answers for each scope: its rows in ascending order, and the ids it could not find. */
export interface ScopedPage {
  items: Row[];
  totalCount: number | null;
  missing: string[];
  /** The whole row, for queries that answer more than the list (the anchor of `around`). */
  row: Row;
}

/** neo4j temporal values stringify to their ISO form; JSON alone would spread their fields. */
function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && v.constructor?.name === 'DateTime'
      ? (v as { toString(): string }).toString()
      : v,
  );
}

export function scopedPageLoader(runner: QueryRunner) {
  return new DataLoader<ScopedPageRequest, ScopedPage, string>(
    async (requests) => {
      const groups = new Map<string, ScopedPageRequest[]>();
      for (const request of requests) {
        const group = stableKey([request.query, request.shared]);
        groups.set(group, [...(groups.get(group) ?? []), request]);
      }
      const answers = new Map<string, ScopedPage>();
      await Promise.all(
        [...groups.values()].map(async (batch) => {
          const [first] = batch as [ScopedPageRequest];
          // Each distinct scope is named by its whole content, so two lists never share an answer.
          const scopes = [...new Map(batch.map((r) => [stableKey(r.scope), r.scope])).entries()].map(
            ([key, scope]) => ({ ...scope, key }),
          );
          const { rows } = await runner.read(first.query, { ...first.shared, scopes });
          for (const row of rows) {
            answers.set(stableKey([first.query, first.shared, row.key]), {
              items: (row.items as Row[]) ?? [],
              totalCount: (row.totalCount as number | null) ?? null,
              missing: (row.missing as string[]) ?? [],
              row,
            });
          }
        }),
      );
      return requests.map(
        (r) =>
          answers.get(stableKey([r.query, r.shared, stableKey(r.scope)])) ?? {
            items: [],
            totalCount: 0,
            missing: [],
            row: {},
          },
      );
    },
    { cacheKeyFn: (request) => stableKey([request.query, request.shared, request.scope]) },
  );
}
