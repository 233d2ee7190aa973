import pino, { type Logger } from 'pino';
import pretty from 'pino-pretty';

export type { Logger };

export function createLogger(options: { level: string; format: 'pretty' | 'json' }): Logger {
  if (options.format === 'pretty') {
    // Synchronous stream (no worker thread), so the last lines before an exit are never lost.
    return pino(
      { level: options.level },
      pretty({
        sync: true,
        colorize: process.stdout.isTTY,
        ignore: 'pid,hostname',
        translateTime: 'HH:MM:ss',
      }),
    );
  }
  return pino({ level: options.level }, pino.destination({ sync: true }));
}
