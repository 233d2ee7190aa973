import type { QueryRunner } from '../db/runner';
import { ANONYMOUS, type Caller } from './authorise';
import { createLoaders, type Loaders } from './loaders';

export interface GraphQLContext {
  runner: QueryRunner;
  loaders: Loaders;
  /** Whether mutations may write (ENABLE_MUTATIONS). */
  mutationsEnabled: boolean;
  /** Who asks, as authentication found it; mutations check its role. */
  caller: Caller;
}

/** A fresh context per request: loaders cache only within one request. */
export function createContext(
  runner: QueryRunner,
  { mutationsEnabled = false, caller = ANONYMOUS }: { mutationsEnabled?: boolean; caller?: Caller } = {},
): GraphQLContext {
  return { runner, loaders: createLoaders(runner), mutationsEnabled, caller };
}
