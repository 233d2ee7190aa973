import { loadConfig } from '../config';
import { StartupError } from '../errors';
import { createLogger } from '../logger';
import { startService, type RunningService } from '../service/start-service';

async function main(): Promise<void> {
  const config = loadConfig(process.env, process.stdout.isTTY);
  const logger = createLogger(config.log);

  const running: { service?: RunningService } = {};
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'Shutting down');
    void (running.service?.stop() ?? Promise.resolve()).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'Shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));

  running.service = await startService(config, logger);
  if (stopping) await running.service.stop();
}

main().catch((error: unknown) => {
  // One line that names the cause and the fix; a stack trace only for what we did not foresee.
  if (error instanceof StartupError) {
    process.stderr.write(`error: ${error.message}\n`);
  } else {
    process.stderr.write(
      `error: unexpected failure during start-up: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
