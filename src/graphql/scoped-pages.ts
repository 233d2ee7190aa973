import DataLoader from 'dataloader';
import stringify from 'safe-stable-stringify';
import { queries, type KeysetParams, type Query, type Scoped, type ScopedPageRow } from '../db/queries';
import type { QueryRunner } from '../db/runner';

/**
 * One page of a list, for one scope (one actor's timeline, the whole timeline). Requests that share a
 * query and its shared parameters are answered by one query over all their scopes, so a list of actors
 * each asking for its own timeline costs one round trip, not one per actor.
 */
export interface ScopedPageRequest<Filters, Scope> {
  /** Parameters common to the batch: filters, cursor, page size. */
  shared: Filters & KeysetParams;
  /** Parameters of this one list (which actor, which speakers...). */
  scope: Scope;
}

/** Keys independent of property order; luxon values stringify to their ISO form. */
const keyOf = (value: unknown): string => stringify(value) ?? '';

function scopedPageLoader<Filters, Scope, Row extends ScopedPageRow<unknown>>(
  runner: QueryRunner,
  query: Query<Scoped<Filters, Scope>, Row>,
) {
  return new DataLoader<ScopedPageRequest<Filters, Scope>, Row | null, string>(
    async (requests) => {
      const groups = new Map<string, Array<ScopedPageRequest<Filters, Scope>>>();
      for (const request of requests) {
        const group = keyOf(request.shared);
        groups.set(group, [...(groups.get(group) ?? []), request]);
      }
      const answers = new Map<string, Row>();
      await Promise.all(
        [...groups].map(async ([group, batch]) => {
          // Each distinct scope is named by its whole content, so two lists never share an answer.
          const scopes = [...new Map(batch.map((r) => [keyOf(r.scope), r.scope]))].map(([key, scope]) => ({
            ...scope,
            key,
          }));
          const { rows } = await runner.read(query, { ...batch[0]!.shared, scopes });
          for (const row of rows) answers.set(keyOf([group, row.key]), row);
        }),
      );
      return requests.map((r) => answers.get(keyOf([keyOf(r.shared), keyOf(r.scope)])) ?? null);
    },
    { cacheKeyFn: (request) => keyOf([request.shared, request.scope]) },
  );
}

export function scopedPageLoaders(runner: QueryRunner) {
  return {
    timelinePages: scopedPageLoader(runner, queries.timeline),
    statementPages: scopedPageLoader(runner, queries.statements),
  };
}
