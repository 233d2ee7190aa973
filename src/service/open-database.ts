import type { AppConfig } from '../config';
import type { Logger } from '../logger';
import { connect, connectWhenReachable, type ConnectedDriver, type Neo4jConnection } from '../db/driver';
import { startLocalNeo4j } from '../local-neo4j/launcher';
import { applyMigrations, awaitIndexesOnline } from '../db/migrations';
import { isPortFree } from '../port-check';
import { QueryCatalog } from '../db/query-catalog';
import { QueryRunner } from '../db/runner';

export interface OpenDatabase {
  runner: QueryRunner;
  agent: string;
  uri: string;
  /** The local Neo4j's JVM, when this call started it (a new pid after a restart); else null. */
  localPid(): number | null;
  /** Closes the driver and stops the local Neo4j if this call started it. */
  close(): Promise<void>;
}

/**
 * Reaches the configured Neo4j (starting the local one when needed), proves the credentials and brings
 * the schema up to date. With `reuseRunningLocal`, a local Neo4j already serving (from `npm start`) is
 * used instead of starting a second one on the same data folder. With `readOnly` (a dry run that only
 * reads), the schema is left as it is.
 */
export async function openDatabase(
  config: AppConfig,
  logger: Logger,
  options: { reuseRunningLocal?: boolean; readOnly?: boolean } = {},
): Promise<OpenDatabase> {
  const cleanups: Array<() => Promise<void>> = [];
  const close = async () => {
    while (cleanups.length > 0)
      await cleanups.pop()!().catch((error) => logger.error(error, 'Error while closing'));
  };
  try {
    const queries = QueryCatalog.load();
    let connected: ConnectedDriver;
    let connection: Neo4jConnection;
    let localPid = (): number | null => null;
    const settings = config.neo4j;
    if (settings.kind === 'external') {
      connection = settings;
      // An external server may come up after this service (docker compose, a restart of both): wait.
      connected = await connectWhenReachable(connection, queries, settings.waitMs, (wait) => {
        if (wait.attempt === 1 || wait.attempt % 10 === 0)
          logger.warn({ uri: settings.uri, waitMs: settings.waitMs, ...wait }, 'Waiting for Neo4j');
      });
    } else if (options.reuseRunningLocal && !(await isPortFree(settings.boltPort, '127.0.0.1'))) {
      connection = {
        uri: `bolt://127.0.0.1:${settings.boltPort}`,
        username: 'neo4j',
        password: settings.password,
      };
      connected = await connect(connection, queries);
      logger.info({ uri: connection.uri }, 'Using the local Neo4j that is already running');
    } else {
      const local = await startLocalNeo4j(settings, logger);
      cleanups.push(() => local.stop());
      localPid = () => local.pid;
      connection = { uri: local.uri, username: local.username, password: local.password };
      connected = await connect(connection, queries);
    }
    cleanups.push(() => connected.driver.close());
    logger.info(
      { uri: connection.uri, database: connected.database, agent: connected.agent },
      'Connected to Neo4j',
    );

    const runner = new QueryRunner(connected.driver, connected.database, queries, {
      transactionTimeoutMs: config.security.transactionTimeoutMs,
      writeTimeoutMs: config.security.writeTimeoutMs,
    });
    if (!options.readOnly) {
      const applied = await applyMigrations(runner, logger);
      logger.info({ applied: applied.length }, 'Schema migrations are up to date');
      await awaitIndexesOnline(runner, logger);
    }
    return { runner, agent: connected.agent, uri: connection.uri, localPid, close };
  } catch (error) {
    await close();
    throw error;
  }
}
