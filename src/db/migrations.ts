import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { StartupError } from '../errors';
import type { Logger } from '../logger';
import { projectRoot } from '../project-root';
import { queries } from './queries';
import { isBatchedStatement, type QueryRunner } from './runner';

export interface Migration {
  id: string;
  file: string;
  checksum: string;
  statements: string[];
  /**
   * Every statement commits in batches of its own (`CALL { ... } IN TRANSACTIONS`): a backfill too large
   * for one transaction. Not atomic: each statement must fill only what is missing, so that a run
   * stopped part way is finished by the next start.
   */
  batched: boolean;
}

export const MIGRATIONS_DIR = path.join(projectRoot(), 'cypher', 'migrations');

/** Migration files, ordered by name (`0001-...cypher`); statements end with `;` at the end of a line. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const statements = text
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .split(/;\s*$/m)
        .map((statement) => statement.trim())
        .filter((statement) => statement.length > 0);
      const inBatches = statements.map(isBatchedStatement);
      if (inBatches.some(Boolean) && !inBatches.every(Boolean)) {
        throw new StartupError(
          `migration ${relative(path.join(dir, file))} mixes CALL ... IN TRANSACTIONS statements with others`,
          'put the batched statements in a migration file of their own',
        );
      }
      return {
        id: path.basename(file, '.cypher'),
        file: path.join(dir, file),
        checksum: createHash('sha256').update(text).digest('hex'),
        statements,
        batched: inBatches.length > 0 && inBatches.every(Boolean),
      };
    });
}

/**
 * Applies each migration not yet recorded in the database, in order. A migration's statements run in one
 * transaction, so a failing one leaves the database as it was; a batched one (a backfill) commits batch by
 * batch and is finished by the next start. Each is recorded only once it has succeeded.
 */
export async function applyMigrations(
  runner: QueryRunner,
  logger: Logger,
  dir = MIGRATIONS_DIR,
): Promise<string[]> {
  const migrations = readMigrations(dir);
  const applied = new Map(
    (await runner.read(queries.migrationsApplied, {})).rows.map((row) => [row.id, row.checksum]),
  );
  const newlyApplied: string[] = [];
  for (const migration of migrations) {
    const recordedChecksum = applied.get(migration.id);
    if (recordedChecksum !== undefined) {
      if (recordedChecksum !== migration.checksum) {
        throw new StartupError(
          `migration ${relative(migration.file)} was changed after it was applied`,
          'restore the file and put the change in a new migration file',
        );
      }
      continue;
    }
    try {
      if (migration.batched) {
        for (const [index, statement] of migration.statements.entries()) {
          await runner.runBatchedFileStatement(`migration ${migration.id} #${index + 1}`, statement);
        }
      } else {
        await runner.writeTransaction(`migration ${migration.id}`, async (tx) => {
          for (const [index, statement] of migration.statements.entries()) {
            await tx.runFileStatement(`migration ${migration.id} #${index + 1}`, statement);
          }
        });
      }
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new StartupError(
        migration.batched
          ? `migration ${relative(migration.file)} stopped part way: the batches it committed stay, and the next start finishes it: ${message}`
          : `migration ${relative(migration.file)} failed and was rolled back, the database is as it was: ${message}`,
        'correct that file and start again',
      );
    }
    await runner.write(queries.migrationRecord, { id: migration.id, checksum: migration.checksum });
    logger.info({ migration: migration.id }, 'Applied migration');
    newlyApplied.push(migration.id);
  }
  return newlyApplied;
}

function relative(file: string): string {
  return path.relative(projectRoot(), file);
}

/**
 * Waits until every index is online: a migration's new index over stored data is built in the
 * background, and a query on it fails meanwhile. Refuses to start when one failed.
 */
export async function awaitIndexesOnline(
  runner: QueryRunner,
  logger: Logger,
  { pollMs = 1000, sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)) } = {},
): Promise<void> {
  let logged = 0;
  for (;;) {
    const { rows } = await runner.read(queries.indexesNotOnline, {});
    const failed = rows.find((row) => row.state === 'FAILED');
    if (failed) {
      throw new StartupError(
        `index ${failed.name} failed to build`,
        'see SHOW INDEXES and the Neo4j log, drop the index and start again to rebuild it',
      );
    }
    if (rows.length === 0) return;
    // One line every 10 s, not one a poll.
    if (Date.now() - logged >= 10_000) {
      logger.info(
        { indexes: rows.map((row) => `${row.name} ${row.populationPercent.toFixed(0)}%`) },
        'Waiting for indexes to be built',
      );
      logged = Date.now();
    }
    await sleep(pollMs);
  }
}
