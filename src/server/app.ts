import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import { queries } from '../db/queries';
import { DatabaseError, type QueryRunner } from '../db/runner';
import { createContext, type GraphQLContext } from '../graphql/context';
import { buildSchema } from '../graphql/schema';
import type { Logger } from '../logger';
import { projectRoot } from '../project-root';

export const GRAPHQL_PATH = '/graphql';

/** Example operations GraphiQL opens with; a test runs each of them against the seed. */
export const EXAMPLE_OPERATIONS_FILE = path.join(projectRoot(), 'schema', 'examples', 'operations.graphql');

export interface AppOptions {
  runner: QueryRunner;
  logger: Logger;
  /** Whether mutations write (ENABLE_MUTATIONS); when off they answer MUTATIONS_DISABLED. Default off. */
  mutationsEnabled?: boolean;
}

export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface App {
  yoga: YogaServerInstance<Record<string, never>, GraphQLContext>;
  handle: HttpHandler;
}

/** Builds the HTTP application without listening: tests call `yoga.fetch` or `handle` directly. */
export function createApp({ runner, logger, mutationsEnabled = false }: AppOptions): App {
  const yoga = createYoga<Record<string, never>, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: GRAPHQL_PATH,
    context: () => createContext(runner, { mutationsEnabled }),
    graphiql: {
      title: 'Event-timeline graph',
      defaultQuery: fs.readFileSync(EXAMPLE_OPERATIONS_FILE, 'utf8'),
    },
    maskedErrors: {
      // Database failures keep their code (DATABASE_UNAVAILABLE...); anything unforeseen is masked.
      maskError(error, message, isDev) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (original instanceof DatabaseError) {
          logger.warn({ err: original }, 'Database error during a request');
          return new GraphQLError(
            original.code === 'DATABASE_UNAVAILABLE'
              ? 'the database is unavailable; try again shortly'
              : 'the database could not answer this request',
            {
              extensions: { code: original.code },
            },
          );
        }
        return maskError(error, message, isDev);
      },
    },
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
  });

  const handle: HttpHandler = (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (pathname === '/ready') {
      void readiness(runner).then(({ ready, reason }) =>
        sendJson(res, ready ? 200 : 503, ready ? { status: 'ready' } : { status: 'not ready', reason }),
      );
      return;
    }
    if (pathname === '/') {
      res.writeHead(302, { location: GRAPHQL_PATH }).end();
      return;
    }
    void yoga.handle(req, res);
  };
  return { yoga, handle };
}

/** The app listens only after migrations and seed, so ready means: the database still answers. */
async function readiness(runner: QueryRunner): Promise<{ ready: boolean; reason?: string }> {
  try {
    await runner.read(queries.homeDatabase, {});
    return { ready: true };
  } catch (error) {
    return {
      ready: false,
      reason: `database unreachable: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
