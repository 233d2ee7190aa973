import type { QueryRunner } from '../db/runner';
import { createLoaders, type Loaders } from './loaders';

export interface GraphQLContext {
  runner: QueryRunner;
  loaders: Loaders;
}

/** A fresh context per request: loaders cache only within one request. */
export function createContext(runner: QueryRunner): GraphQLContext {
  return { runner, loaders: createLoaders(runner) };
}
