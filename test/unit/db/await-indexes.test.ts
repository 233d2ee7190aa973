import { awaitIndexesOnline } from '../../../src/db/migrations';
import type { QueryRunner } from '../../../src/db/runner';
import type { Logger } from '../../../src/logger';
import { StartupError } from '../../../src/errors';

type Row = { name: string; state: string; populationPercent: number };

/** A runner whose index listing answers `polls` in turn (the last one again when they run out). */
function listingRunner(polls: Row[][]) {
  let reads = 0;
  const runner = {
    read: () => Promise.resolve({ rows: polls[Math.min(reads++, polls.length - 1)] }),
  } as unknown as QueryRunner;
  return { runner, reads: () => reads };
}

const logger = { info: () => undefined } as unknown as Logger;
const noWait = { pollMs: 0, sleep: () => Promise.resolve() };

describe('waiting for indexes after migrations', () => {
  it('returns once no index is being built, having asked until then', async () => {
    const { runner, reads } = listingRunner([
      [{ name: 'search_nodes', state: 'POPULATING', populationPercent: 10 }],
      [{ name: 'search_nodes', state: 'POPULATING', populationPercent: 80 }],
      [],
    ]);
    await awaitIndexesOnline(runner, logger, noWait);
    expect(reads()).toBe(3);
  });

  it('refuses to start when an index failed, naming it', async () => {
    const { runner } = listingRunner([
      [
        { name: 'event_start', state: 'POPULATING', populationPercent: 50 },
        { name: 'search_nodes', state: 'FAILED', populationPercent: 0 },
      ],
    ]);
    const waiting = awaitIndexesOnline(runner, logger, noWait);
    await expect(waiting).rejects.toThrow(StartupError);
    await expect(waiting).rejects.toThrow('index search_nodes failed to build');
  });
});
