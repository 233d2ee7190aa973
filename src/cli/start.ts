import fs from 'node:fs';
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
  // One line that names the cause and the fix; a stack trace only for what we did not foresee. Written
  // synchronously to fd 2: process.stderr may be an asynchronous stream (a pipe or socket to a
  // supervisor, a test), and exiting right after an asynchronous write can lose the line.
  const line =
    error instanceof StartupError
      ? `error: ${error.message}\n`
      : `error: unexpected failure during start-up: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`;
  try {
    fs.writeSync(2, line);
  } catch {
    process.stderr.write(line);
  }
  process.exit(1);
});
