import type { IncomingMessage, ServerResponse } from 'node:http';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { QueryRunner } from '../db/runner';
import type { GraphQLContext } from '../graphql/context';
import { buildSchema } from '../graphql/schema';
import type { Logger } from '../logger';

export const GRAPHQL_PATH = '/graphql';

const EXAMPLE_OPERATIONS = `# The Neo4j server behind this service.
query Database {
  database {
    agent
    version
    edition
    name
  }
}
`;

export interface AppOptions {
  runner: QueryRunner;
  logger: Logger;
}

export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface App {
  yoga: YogaServerInstance<Record<string, never>, GraphQLContext>;
  handle: HttpHandler;
}

/** Builds the HTTP application without listening: tests call `yoga.fetch` or `handle` directly. */
export function createApp({ runner, logger }: AppOptions): App {
  const yoga = createYoga<Record<string, never>, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: GRAPHQL_PATH,
    context: () => ({ runner }),
    graphiql: { title: 'Event-timeline graph', defaultQuery: EXAMPLE_OPERATIONS },
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
    await runner.read('home-database');
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
