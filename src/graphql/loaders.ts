import DataLoader from 'dataloader';
import type { QueryRunner, Row } from '../db/runner';
import { scopedPageLoader } from './scoped-pages';

export type EntityMap = Record<string, unknown>;

/** One query per kind and per tick, whatever the number of ids: nested fields never go N+1. */
function byIds(runner: QueryRunner, query: string, column: string) {
  return new DataLoader<string, EntityMap | null>(async (ids) => {
    const { rows } = await runner.read(query, { ids: [...new Set(ids)] });
    const found = new Map(rows.map((row: Row) => [row.id as string, row[column] as EntityMap]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

export function createLoaders(runner: QueryRunner) {
  return {
    event: byIds(runner, 'events-by-ids', 'event'),
    actor: byIds(runner, 'actors-by-ids', 'actor'),
    source: byIds(runner, 'sources-by-ids', 'source'),
    statement: byIds(runner, 'statements-by-ids', 'statement'),
    scopedPage: scopedPageLoader(runner),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
type EntityLoader = 'event' | 'actor' | 'source' | 'statement';

/**
 * A resolver for a field that full answers carry but stubs (an event at the other end of a link, an actor
 * inside a participation) do not: read it from the parent when there, else load the full entity by id.
 */
export function fromParentOrLoad(loader: EntityLoader, field: string) {
  return async (parent: EntityMap, _args: unknown, context: { loaders: Loaders }) => {
    if (parent[field] !== undefined) return parent[field];
    const full = await context.loaders[loader].load(parent.id as string);
    return full?.[field] ?? null;
  };
}
