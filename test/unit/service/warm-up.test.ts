import { Neo4jError, type Driver } from 'neo4j-driver';
import { QueryCatalog } from '../../../src/db/query-catalog';
import { QueryRunner } from '../../../src/db/runner';
import type { Logger } from '../../../src/logger';
import { planAgainOnRecovery, WARM_UP_TIMEOUT_MS, warmUp } from '../../../src/service/warm-up';

const TIMED_OUT = new Neo4jError(
  'The transaction has been terminated. Retry your operation in a new transaction.',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  '',
  '',
);

/** A driver whose transactions all run past their timeout, recording the timeout each was given. */
function timingOutDriver() {
  const timeouts: unknown[] = [];
  const transaction = {
    run: () => Promise.reject(TIMED_OUT),
    isOpen: () => true,
    rollback: () => Promise.resolve(),
    commit: () => Promise.resolve(),
  };
  const session = {
    beginTransaction: (config?: { timeout?: number }) => {
      timeouts.push(config?.timeout);
      return Promise.resolve(transaction);
    },
    close: () => Promise.resolve(),
  };
  return { driver: { session: () => session } as unknown as Driver, timeouts };
}

function recordingLogger() {
  const logged = { info: [] as string[], warn: [] as string[] };
  const logger = {
    info: (_fields: unknown, message: string) => logged.info.push(message),
    warn: (_fields: unknown, message: string) => logged.warn.push(message),
  } as unknown as Logger;
  return { logged, logger };
}

const PLANNED_AGAIN = 'Queries planned again after the database came back';

describe('the warm-up before /ready', () => {
  it('plans again each time the database comes back, reports planning meanwhile, once more for a recovery during a run, and never after stop', async () => {
    const { driver } = timingOutDriver();
    const runner = new QueryRunner(driver, 'neo4j', QueryCatalog.load(), { transactionTimeoutMs: 30_000 });
    const { logged, logger } = recordingLogger();
    const replanning = planAgainOnRecovery(runner, logger);
    const settled = () => new Promise((resolve) => setTimeout(resolve, 50));
    expect(replanning.planning()).toBe(false);

    runner.availability.failed();
    expect(replanning.planning()).toBe(false);
    runner.availability.answered();
    expect(replanning.planning()).toBe(true);
    // Down and up again while that run is under way: one more run after it, not two at once.
    runner.availability.failed();
    runner.availability.answered();
    while (replanning.planning()) await settled();
    expect(logged.info.filter((m) => m === PLANNED_AGAIN)).toHaveLength(2);

    await replanning.stop();
    runner.availability.failed();
    runner.availability.answered();
    expect(replanning.planning()).toBe(false);
    await settled();
    expect(logged.info.filter((m) => m === PLANNED_AGAIN)).toHaveLength(2);
    expect(logged.warn).toEqual([]);
  });

  it('gives each example long enough to be planned, not to finish, and says which it stopped (not as a failure)', async () => {
    const { driver, timeouts } = timingOutDriver();
    const service = new QueryRunner(driver, 'neo4j', QueryCatalog.load(), { transactionTimeoutMs: 30_000 });
    const logged = { info: [] as string[], warn: [] as string[] };
    const logger = {
      info: (_fields: unknown, message: string) => logged.info.push(message),
      warn: (_fields: unknown, message: string) => logged.warn.push(message),
    } as unknown as Logger;
    await warmUp(service, logger);
    expect(timeouts.length).toBeGreaterThan(10);
    expect(new Set(timeouts)).toEqual(new Set([WARM_UP_TIMEOUT_MS]));
    expect(logged.warn).toEqual([]);
    expect(
      logged.info.filter((m) => m === 'Warm-up example planned, stopped at the limit').length,
    ).toBeGreaterThan(10);
  });
});
