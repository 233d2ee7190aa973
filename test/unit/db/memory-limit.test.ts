import { Neo4jError, type Driver } from 'neo4j-driver';
import { queries } from '../../../src/db/queries';
import { QueryCatalog } from '../../../src/db/query-catalog';
import { DatabaseError, QueryRunner } from '../../../src/db/runner';

const MEMORY_LIMIT = new Neo4jError(
  'The allocation of an extra 2.0 MiB would use more than the limit 358.4 MiB. dbms.memory.transaction.total.max threshold reached',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  '',
  '',
);

/** A driver whose every transaction fails its first statement with `error`, counting the attempts. */
function failingDriver(error: Error) {
  const attempts = { count: 0 };
  const transaction = {
    run: () => {
      attempts.count += 1;
      return Promise.reject(error);
    },
    isOpen: () => true,
    rollback: () => Promise.resolve(),
    commit: () => Promise.resolve(),
  };
  const session = { beginTransaction: () => Promise.resolve(transaction), close: () => Promise.resolve() };
  // Only what the runner calls; the query itself never reaches a database.
  return { driver: { session: () => session } as unknown as Driver, attempts };
}

describe('a query over the database memory limit for transactions', () => {
  it('is answered at once as DATABASE_BUSY, naming the limit, not retried and not taken for the database being down', async () => {
    const { driver, attempts } = failingDriver(MEMORY_LIMIT);
    const runner = new QueryRunner(driver, 'neo4j', QueryCatalog.load());
    const failure = await runner.read(queries.databaseInfo, {}).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DatabaseError);
    expect(failure).toMatchObject({
      code: 'DATABASE_BUSY',
      message: expect.stringMatching(
        /^database-info needed more memory .*dbms\.memory\.transaction\.total\.max/,
      ),
    });
    expect(attempts.count).toBe(1);
    expect(runner.availability.up).toBe(true);
  });

  it('while a transient error that is not about memory (a deadlock) is tried again', async () => {
    const deadlock = new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '', '');
    const { driver, attempts } = failingDriver(deadlock);
    const runner = new QueryRunner(driver, 'neo4j', QueryCatalog.load());
    await expect(runner.read(queries.databaseInfo, {})).rejects.toBeInstanceOf(DatabaseError);
    expect(attempts.count).toBeGreaterThan(1);
  });
});
