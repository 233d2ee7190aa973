import type { QueryRunner } from '../db/runner';

export interface GraphQLContext {
  runner: QueryRunner;
}
