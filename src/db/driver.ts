import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { StartupError } from '../errors';
import type { QueryCatalog } from './query-catalog';

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database?: string;
}

export interface ConnectedDriver {
  driver: Driver;
  /** The database every query names, so `neo4j://` routing never has to guess. */
  database: string;
  agent: string;
}

/**
 * Bounds that keep a request with the database down short: a server that refuses connections (a dead
 * local JVM) fails an attempt at once; one that accepts and never answers (a hung or unreachable host)
 * costs an attempt at most the acquisition timeout, which includes opening the connection. The runner
 * retries on its own short schedule (runner.ts), so the driver's own retries (1 s, then 2 s) are not used
 * for requests.
 */
const CONNECTION_TIMEOUT_MS = 1_500;
const ACQUISITION_TIMEOUT_MS = 1_800;

/** Opens a driver and proves the server answers and accepts the credentials, or explains why not. */
export async function connect(connection: Neo4jConnection, queries: QueryCatalog): Promise<ConnectedDriver> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    connectionAcquisitionTimeout: ACQUISITION_TIMEOUT_MS,
    userAgent: 'event-timeline-graph/0.1',
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    const info = await driver.getServerInfo({ database: connection.database });
    const database = connection.database ?? (await homeDatabase(driver, queries));
    return { driver, database, agent: info.agent ?? 'unknown' };
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw explainConnectionError(error, connection);
  }
}

async function homeDatabase(driver: Driver, queries: QueryCatalog): Promise<string> {
  const { summary } = await driver.executeQuery(
    queries.get('home-database'),
    {},
    { routing: neo4j.routing.READ },
  );
  return summary.database.name ?? 'neo4j';
}

/** The server did not answer (yet): nothing listens, it is starting, or the network is in the way. */
export class Neo4jUnreachableError extends StartupError {}

/**
 * `connect`, for a server that may not be up yet (an external one started beside this service, or
 * restarting): while it does not answer, tries again with a back-off from 250 ms to 2 s, for up to
 * `waitMs`. A server that answers and refuses (wrong password, no such database) fails at once.
 */
export async function connectWhenReachable(
  connection: Neo4jConnection,
  queries: QueryCatalog,
  waitMs: number,
  onWait: (wait: { attempt: number; retryInMs: number; reason: string }) => void = () => undefined,
): Promise<ConnectedDriver> {
  const deadline = Date.now() + waitMs;
  let delay = 250;
  for (let attempt = 1; ; attempt++) {
    try {
      return await connect(connection, queries);
    } catch (error) {
      if (!(error instanceof Neo4jUnreachableError)) throw error;
      if (Date.now() + delay > deadline) {
        if (waitMs === 0) throw error;
        throw new Neo4jUnreachableError(
          `${error.cause_} (waited ${formatSeconds(waitMs)} s)`,
          `${error.fix}; NEO4J_WAIT_MS sets how long start-up waits`,
        );
      }
      onWait({ attempt, retryInMs: delay, reason: error.cause_ });
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 2_000);
    }
  }
}

function formatSeconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}

export function explainConnectionError(error: unknown, connection: Neo4jConnection): StartupError {
  const where = `Neo4j at ${connection.uri}`;
  const code = error instanceof Neo4jError ? error.code : undefined;
  const full = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  // The driver's connection errors carry a long generic preamble; the "Caused by" part is the news.
  const message = /Caused by: (.*)$/.exec(full)?.[1] ?? full;
  if (
    code === 'Neo.ClientError.Security.Unauthorized' ||
    code === 'Neo.ClientError.Security.AuthenticationRateLimit'
  ) {
    return new StartupError(
      `${where} refused user '${connection.username}': wrong username or password`,
      "set NEO4J_USERNAME and NEO4J_PASSWORD to that server's credentials (or LOCAL_NEO4J_PASSWORD for the local one)",
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StartupError(
      `${where} has no database '${connection.database}'`,
      'set NEO4J_DATABASE to an existing database, or unset it',
    );
  }
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code === 'Neo.TransientError.General.DatabaseUnavailable'
  ) {
    return new Neo4jUnreachableError(
      `cannot reach ${where}: ${message}`,
      'check NEO4J_URI and that Neo4j is running and reachable there (unset NEO4J_URI to start the local one)',
    );
  }
  return new StartupError(
    `${where} failed: ${code ?? ''} ${message}`.trim(),
    'check the Neo4j server and its logs',
  );
}
