import fs from 'node:fs';
import { execute, Kind, OperationTypeNode, parse } from 'graphql';
import { DatabaseError, type QueryRunner } from '../db/runner';
import { createContext } from '../graphql/context';
import { buildSchema } from '../graphql/schema';
import type { Logger } from '../logger';
import { EXAMPLE_OPERATIONS_FILE } from '../server/app';

/**
 * How long an example may run in the warm-up: past its planning (seconds for the largest queries;
 * a transaction stopped while planning leaves no plan), not to the end of a search that takes longer on
 * a large graph (a path example at a million events runs past the request timeout).
 */
export const WARM_UP_TIMEOUT_MS = 15_000;

/**
 * Asks every example query once before the service listens, so Neo4j has planned each query the
 * examples reach (planning the large ones takes seconds) and no analyst's first question waits on it.
 * Parameters keep fixed types (src/graphql/arguments.ts), so one plan per query serves every request.
 * It runs as a reader whatever the service's keys (mutations are left out: warming up writes nothing).
 * A failing example is logged, not fatal: the service still starts, and the examples' test says why.
 */
export async function warmUp(
  service: QueryRunner,
  logger: Logger,
  {
    done = 'Queries planned before listening (warm-up)',
    stopping = (): boolean => false,
  }: { done?: string; stopping?: () => boolean } = {},
): Promise<void> {
  const runner = service.withReadTimeout(WARM_UP_TIMEOUT_MS);
  const document = parse(fs.readFileSync(EXAMPLE_OPERATIONS_FILE, 'utf8'));
  const names = document.definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.QUERY && d.name
      ? [d.name.value]
      : [],
  );
  const schema = buildSchema();
  const started = Date.now();
  const timings: Array<{ operation: string; ms: number }> = [];
  for (const operationName of names) {
    if (stopping()) return;
    const before = Date.now();
    const contextValue = createContext(runner, { caller: { role: 'read', id: 'warm-up' } });
    const answer = await execute({ schema, document, operationName, contextValue });
    const error = answer.errors?.[0];
    if (error?.originalError instanceof DatabaseError && error.originalError.code === 'DATABASE_TIMEOUT') {
      logger.info(
        { operation: operationName, limitMs: WARM_UP_TIMEOUT_MS },
        'Warm-up example planned, stopped at the limit',
      );
    } else if (error) {
      logger.warn({ operation: operationName, error: error.message }, 'Warm-up example failed');
    }
    timings.push({ operation: operationName, ms: Date.now() - before });
  }
  timings.sort((a, b) => b.ms - a.ms);
  logger.info({ examples: names.length, ms: Date.now() - started, slowest: timings.slice(0, 3) }, done);
}

/**
 * Plans the examples again each time the database answers after being down: a restarted Neo4j starts
 * with an empty plan cache, and at 100k events the first timelines after a restart each planned for
 * about 4 s, 16 at once, past the request timeout. Meanwhile `planning()` is true (/ready answers 503);
 * a second recovery during a run plans once more after it. After a mere network cut the plans were
 * still there and this costs one pass over the examples.
 */
export function planAgainOnRecovery(runner: QueryRunner, logger: Logger) {
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const unsubscribe = runner.availability.onChange((up) => {
    if (!up || stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await warmUp(runner, logger, {
          done: 'Queries planned again after the database came back',
          stopping: () => stopped,
        });
      } while (again && !stopped);
    })()
      .catch((error: unknown) =>
        logger.warn({ err: error }, 'Planning again after the database came back failed'),
      )
      .finally(() => {
        running = undefined;
      });
  });
  return {
    planning: () => running !== undefined,
    /** Stops after the example in flight (before the driver closes). */
    async stop() {
      stopped = true;
      unsubscribe();
      await running;
    },
  };
}
