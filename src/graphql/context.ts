import type { QueryRunner } from '../db/runner';
import { createLoaders, type Loaders } from './loaders';

export interface GraphQLContext {
  runner: QueryRunner;
  loaders: Loaders;
  /** Whether mutations may write (ENABLE_MUTATIONS). */
  mutationsEnabled: boolean;
}

/** A fresh context per request: loaders cache only within one request. */
export function createContext(
  runner: QueryRunner,
  { mutationsEnabled = false }: { mutationsEnabled?: boolean } = {},
): GraphQLContext {
  return { runner, loaders: createLoaders(runner), mutationsEnabled };
}
