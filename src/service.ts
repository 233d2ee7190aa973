import type http from 'node:http';
import type { AppConfig } from './config';
import { connect, type Neo4jConnection } from './db/driver';
import { startLocalNeo4j } from './db/local-neo4j';
import { applyMigrations } from './db/migrations';
import { isPortFree } from './db/port-check';
import { QueryCatalog } from './db/query-catalog';
import { QueryRunner } from './db/runner';
import { StartupError } from './errors';
import type { Logger } from './logger';
import { createApp } from './server/app';
import { closeServer, listen } from './server/listen';

export interface RunningService {
  url: string;
  runner: QueryRunner;
  agent: string;
  stop(): Promise<void>;
}

/**
 * Start-up in order: database (local or external), migrations, seed, then HTTP. Whatever was started
 * before a failure is stopped again, so a failed start leaves no JVM and no open port behind.
 */
export async function startService(config: AppConfig, logger: Logger): Promise<RunningService> {
  const cleanups: Array<() => Promise<void>> = [];
  const stop = async () => {
    while (cleanups.length > 0)
      await cleanups.pop()!().catch((error) => logger.error(error, 'Error while stopping'));
  };
  try {
    // Checked first so a taken port fails in a second, not after Neo4j has started.
    if (!(await isPortFree(config.http.port, config.http.host))) {
      throw new StartupError(
        `port ${config.http.port} on ${config.http.host} is already in use`,
        'stop whatever listens there, or set PORT to a free port',
      );
    }

    let connection: Neo4jConnection;
    if (config.neo4j.kind === 'local') {
      const local = await startLocalNeo4j(config.neo4j, logger);
      cleanups.push(() => local.stop());
      connection = { uri: local.uri, username: local.username, password: local.password };
    } else {
      connection = config.neo4j;
    }

    const queries = QueryCatalog.load();
    const { driver, database, agent } = await connect(connection, queries);
    cleanups.push(() => driver.close());
    logger.info({ uri: connection.uri, database, agent }, 'Connected to Neo4j');
    const runner = new QueryRunner(driver, database, queries);

    let started = false;
    const app = createApp({ runner, logger, isStarted: () => started });
    const applied = await applyMigrations(runner, logger);
    logger.info({ applied: applied.length }, 'Schema migrations are up to date');
    started = true;

    const server: http.Server = await listen(app.handle, config.http.host, config.http.port);
    cleanups.push(() => closeServer(server));
    const url = `http://${config.http.host}:${config.http.port}/graphql`;
    logger.info({ url }, 'GraphQL is ready');
    return { url, runner, agent, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
