import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { queries } from '../db/queries';
import type { QueryRunner } from '../db/runner';
import { createContext, type GraphQLContext } from '../graphql/context';
import { buildSchema } from '../graphql/schema';
import type { Logger } from '../logger';
import { projectRoot } from '../project-root';
import { authPlugin, callerOf } from './auth';
import { limitBody, sendFetchResponse, sendJson, sendNotFound } from './http-errors';
import { limitPlugins, responsePlugin } from './limits';
import { createMaskError } from './masking';
import { pickRequestId, REQUEST_ID_HEADER, requestIdPlugin, requestScope } from './request-id';
import { defaultSecurityConfig, type SecurityConfig } from './security-config';
import { exampleTabs, renderPlayground } from './playground';
import { EXPLORER_PATH, serveExplorer } from './static-files';

export const GRAPHQL_PATH = '/graphql';

/** Example operations GraphiQL opens with; a test runs each of them against the seed. */
export const EXAMPLE_OPERATIONS_FILE = path.join(projectRoot(), 'schema', 'examples', 'operations.graphql');

/** How long /ready waits for the database before it answers 503. */
const READY_TIMEOUT_MS = 1_000;

export interface AppOptions {
  runner: QueryRunner;
  logger: Logger;
  /** The ENABLE_MUTATIONS lock; when off mutations answer MUTATIONS_DISABLED. Default off here. */
  mutationsEnabled?: boolean;
  /** Limits, authentication and rate limit; the defaults of the environment when left out. */
  security?: SecurityConfig;
  /** True while the service plans its queries again after the database came back (/ready: 503). */
  planning?: () => boolean;
}

export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface App {
  yoga: YogaServerInstance<Record<string, never>, GraphQLContext>;
  handle: HttpHandler;
  /** From now on /ready answers 503 and responses close their connection (shutdown). */
  drain(): void;
}

/** Builds the HTTP application without listening: tests call `yoga.fetch` or `handle` directly. */
export function createApp({
  runner,
  logger,
  mutationsEnabled = false,
  security = defaultSecurityConfig(),
  planning = () => false,
}: AppOptions): App {
  const yoga = createYoga<Record<string, never>, GraphQLContext>({
    schema: buildSchema(),
    graphqlEndpoint: GRAPHQL_PATH,
    context: ({ request }) => createContext(runner, { mutationsEnabled, caller: callerOf(request) }),
    graphiql: {
      title: 'Event-timeline graph',
      defaultTabs: exampleTabs(EXAMPLE_OPERATIONS_FILE),
    },
    renderGraphiQL: renderPlayground(EXPLORER_PATH),
    landingPage: false,
    maskedErrors: { maskError: createMaskError(logger) },
    plugins: [
      requestIdPlugin(),
      authPlugin(security, logger),
      ...limitPlugins(security.limits),
      responsePlugin(security.limits),
    ],
    logging: {
      debug: (...args) => logger.debug(args),
      info: (...args) => logger.info(args),
      warn: (...args) => logger.warn(args),
      error: (...args) => logger.error(args),
    },
  });

  let draining = false;
  const route: HttpHandler = (req, res) => {
    if (draining) res.setHeader('connection', 'close');
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (pathname === '/ready') {
      if (draining) return sendJson(res, 503, { status: 'not ready', reason: 'shutting down' });
      if (planning())
        return sendJson(res, 503, {
          status: 'not ready',
          reason: 'planning queries again after the database came back',
        });
      void readiness(runner).then(({ ready, reason }) =>
        sendJson(res, ready ? 200 : 503, ready ? { status: 'ready' } : { status: 'not ready', reason }),
      );
      return;
    }
    if (serveExplorer(pathname, req, res)) return;
    if (pathname === '/') {
      res.writeHead(302, { location: GRAPHQL_PATH }).end();
      return;
    }
    if (pathname !== GRAPHQL_PATH) return sendNotFound(res, pathname, GRAPHQL_PATH);
    limitBody(
      req,
      res,
      security.maxBodyBytes,
      () => void yoga.handle(req, res),
      (body) => {
        const url = `http://${req.headers.host ?? 'localhost'}${req.url ?? GRAPHQL_PATH}`;
        const headers = new Headers();
        for (const [key, value] of Object.entries(req.headers)) {
          if (typeof value === 'string' && key !== 'transfer-encoding') headers.set(key, value);
        }
        // The Node request rides along as the server context, as with `yoga.handle` (the client address).
        const fetchWithNode = (url: string, init: RequestInit, context: object) =>
          (yoga.fetch as unknown as (...args: unknown[]) => Promise<Response>).call(yoga, url, init, context);
        void Promise.resolve(
          fetchWithNode(url, { method: req.method, headers, body: new Uint8Array(body) }, { req, res }),
        )
          .then((response) => sendFetchResponse(res, response))
          .catch(() => res.destroy());
      },
    );
  };

  const handle: HttpHandler = (req, res) => {
    const header = req.headers[REQUEST_ID_HEADER];
    const requestId = pickRequestId(typeof header === 'string' ? header : undefined);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    requestScope.run({ requestId }, () => route(req, res));
  };
  return {
    yoga,
    handle,
    drain: () => {
      draining = true;
    },
  };
}

/** The app listens only after migrations and seed, so ready means: the database answers, at once. */
async function readiness(runner: QueryRunner): Promise<{ ready: boolean; reason?: string }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
  });
  try {
    await Promise.race([runner.read(queries.homeDatabase, {}), timeout]);
    return { ready: true };
  } catch (error) {
    return {
      ready: false,
      reason: `database unreachable: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    };
  } finally {
    clearTimeout(timer);
  }
}
