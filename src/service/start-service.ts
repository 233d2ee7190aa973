import type { AppConfig } from '../config';
import { openDatabase } from './open-database';
import { isPortFree } from '../port-check';
import type { QueryRunner } from '../db/runner';
import { StartupError } from '../errors';
import { loadSeed } from '../ingest/seed';
import type { Logger } from '../logger';
import { createApp } from '../server/app';
import { drainServer, listen } from '../server/listen';
import { planAgainOnRecovery, warmUp } from './warm-up';

export interface RunningService {
  url: string;
  runner: QueryRunner;
  agent: string;
  stop(): Promise<void>;
}

/**
 * Start-up in order: database (local or external) with migrations, seed, then HTTP. Whatever was
 * started before a failure is stopped again, so a failed start leaves no JVM and no open port behind.
 */
export async function startService(config: AppConfig, logger: Logger): Promise<RunningService> {
  // Checked first so a taken port fails in a second, not after Neo4j has started.
  if (!(await isPortFree(config.http.port, config.http.host))) {
    throw new StartupError(
      `port ${config.http.port} on ${config.http.host} is already in use`,
      'stop whatever listens there, or set PORT to a free port',
    );
  }
  const database = await openDatabase(config, logger);
  try {
    const { runner } = database;
    runner.availability.onChange((up) => {
      if (up) logger.info('The database answers again');
      else logger.warn('The database does not answer; requests get DATABASE_UNAVAILABLE until it does');
    });
    await loadSeed(runner, config.seedDir, logger);
    const replanning = config.warmUp ? planAgainOnRecovery(runner, logger) : undefined;
    const app = createApp({
      runner,
      logger,
      planning: replanning?.planning,
      mutationsEnabled: config.mutationsEnabled,
      security: config.security,
    });
    // Before listening, so /ready (and every first question) comes after the plans are made.
    if (config.warmUp) await warmUp(runner, logger);

    const server = await listen(app.handle, config.http.host, config.http.port);
    const url = `http://${config.http.host}:${config.http.port}/graphql`;
    logger.info({ url }, 'GraphQL is ready');
    // SIGTERM: no new connections, requests in flight finish (up to SHUTDOWN_GRACE_MS), then the driver
    // closes and the local Neo4j stops.
    const stop = async () => {
      app.drain();
      const { cut } = await drainServer(server, config.security.shutdownGraceMs);
      if (cut)
        logger.warn(
          { graceMs: config.security.shutdownGraceMs },
          'Cut requests still open after the grace period',
        );
      else logger.info('Finished the requests in flight');
      await replanning?.stop();
      await database.close();
      logger.info('Stopped');
    };
    return { url, runner, agent: database.agent, stop };
  } catch (error) {
    await database.close();
    throw error;
  }
}
