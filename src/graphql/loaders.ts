import DataLoader from 'dataloader';
import { queries, type Query } from '../db/queries';
import type { QueryRunner } from '../db/runner';
import { FETCH_ALL } from '../model/stored';
import { scopedPageLoaders } from './scoped-pages';

/** One query per kind and per tick, whatever the number of ids: nested fields never go N+1. */
function byIds<Entity, Row extends { id: string }, Extra extends object>(
  runner: QueryRunner,
  query: Query<{ ids: string[] } & Extra, Row>,
  entityOf: (row: Row) => Entity,
  extra: Extra,
) {
  return new DataLoader<string, Entity | null>(async (ids) => {
    const { rows } = await runner.read(query, { ...extra, ids: [...new Set(ids)] });
    const found = new Map(rows.map((row) => [row.id, entityOf(row)]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

export function createLoaders(runner: QueryRunner) {
  return {
    // A whole event: every list of its map, for whichever field needs one.
    event: byIds(runner, queries.eventsByIds, (r) => r.event, { fetch: FETCH_ALL }),
    actor: byIds(runner, queries.actorsByIds, (r) => r.actor, {}),
    // Where sources mention an actor: its own query, as a busy actor has thousands.
    actorMentions: byIds(runner, queries.actorMentions, (r) => r.mentions, {}),
    source: byIds(runner, queries.sourcesByIds, (r) => r.source, {}),
    statement: byIds(runner, queries.statementsByIds, (r) => r.statement, {}),
    ...scopedPageLoaders(runner),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * A resolver for a field that full answers carry but stubs (an event at the other end of a link, an actor
 * inside a participation) do not: read it from the parent when there, else load the full entity by id.
 */
export function fromParentOrLoad<Entity extends { id: string }, Field extends keyof Entity>(
  loader: (loaders: Loaders) => DataLoader<string, Entity | null>,
  field: Field,
) {
  return async (
    parent: Entity,
    _args: unknown,
    context: { loaders: Loaders },
  ): Promise<NonNullable<Entity[Field]> | null> => {
    const own = parent[field];
    if (own !== undefined) return own ?? null;
    const full = await loader(context.loaders).load(parent.id);
    return full?.[field] ?? null;
  };
}

export const eventLoader = (loaders: Loaders) => loaders.event;
export const actorLoader = (loaders: Loaders) => loaders.actor;
export const statementLoader = (loaders: Loaders) => loaders.statement;
export const sourceLoader = (loaders: Loaders) => loaders.source;

/** A loaded field the schema promises (a statement's speaker): its absence is a stored-data fault. */
export function required<Parent extends { id: string }, Value>(
  resolve: (parent: Parent, args: unknown, context: { loaders: Loaders }) => Promise<Value | null>,
  what: string,
) {
  return async (parent: Parent, args: unknown, context: { loaders: Loaders }): Promise<Value> => {
    const value = await resolve(parent, args, context);
    if (value === null) throw new Error(`${parent.id} is stored without its ${what}`);
    return value;
  };
}
