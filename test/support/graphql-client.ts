import type { QueryEvent, QueryRunner } from '../../src/db/runner';
import { createLogger } from '../../src/logger';
import { createApp } from '../../src/server/app';
import { sha256 } from '../../src/server/auth';
import { defaultSecurityConfig } from '../../src/server/security-config';

/** The write key the client sends when mutations are on: mutations need the `write` role. */
const TEST_WRITE_KEY = 'test-write-key-for-graphql-client';

/** `data` is loosely typed: tests read deep answers without declaring every shape. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface GraphQLAnswer<T = any> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  /** The named queries the request sent to Neo4j, in order. */
  sent: Array<Pick<QueryEvent, 'name' | 'mode'>>;
  /** The parameters of each, in the same order (as the driver received them). */
  sentParams: Array<Record<string, unknown> | undefined>;
}

/** Runs GraphQL requests through the real app and runner, without opening a port. Mutations are off
 * unless `mutationsEnabled` says (the ENABLE_MUTATIONS lock); then it sends a `write` key. */
export function graphqlClient(runner: QueryRunner, { mutationsEnabled = false } = {}) {
  const security = defaultSecurityConfig();
  security.rateLimitPerMinute = 0;
  security.auth.apiKeys = [{ name: 'test-writer', role: 'write', sha256: sha256(TEST_WRITE_KEY) }];
  const app = createApp({
    runner,
    logger: createLogger({ level: 'silent', format: 'json' }),
    mutationsEnabled,
    security,
  });
  return async (
    query: string,
    variables: Record<string, unknown> = {},
    operationName?: string,
  ): Promise<GraphQLAnswer> => {
    const sent: GraphQLAnswer['sent'] = [];
    const sentParams: GraphQLAnswer['sentParams'] = [];
    const stop = runner.onQuery(({ name, mode, sent: query }) => {
      sent.push({ name, mode });
      sentParams.push(query?.params as Record<string, unknown> | undefined);
    });
    try {
      const response = await app.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(mutationsEnabled ? { authorization: `Bearer ${TEST_WRITE_KEY}` } : {}),
        },
        body: JSON.stringify({ query, variables, operationName }),
      });
      return { ...((await response.json()) as object), sent, sentParams };
    } finally {
      stop();
    }
  };
}
