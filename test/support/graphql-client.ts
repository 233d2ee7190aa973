import type { QueryEvent, QueryRunner } from '../../src/db/runner';
import { createLogger } from '../../src/logger';
import { createApp } from '../../src/server/app';

/** `data` is loosely typed: tests read deep answers without declaring every shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface GraphQLAnswer<T = any> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  /** The named queries the request sent to Neo4j, in order. */
  sent: QueryEvent[];
}

/** Runs GraphQL requests through the real app and runner, without opening a port. Mutations are off
 * unless `mutationsEnabled` says, as in a service started without ENABLE_MUTATIONS. */
export function graphqlClient(runner: QueryRunner, { mutationsEnabled = false } = {}) {
  const app = createApp({
    runner,
    logger: createLogger({ level: 'silent', format: 'json' }),
    mutationsEnabled,
  });
  return async (
    query: string,
    variables: Record<string, unknown> = {},
    operationName?: string,
  ): Promise<GraphQLAnswer> => {
    const sent: QueryEvent[] = [];
    const stop = runner.onQuery((event) => sent.push(event));
    try {
      const response = await app.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables, operationName }),
      });
      return { ...((await response.json()) as object), sent };
    } finally {
      stop();
    }
  };
}
