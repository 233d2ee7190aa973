import type { QueryRunner } from '../../src/db/runner';
import { loadSeed } from '../../src/ingest/seed';
import { createLogger } from '../../src/logger';
import { graphqlClient } from './graphql-client';
import { SEED_DIR, tallySeed } from './seed-tally';
import { inspection, openInspectionRunner, openTestRunner, type TestDatabase } from './test-neo4j';

/**
 * For a describe block that asks GraphQL about the story: opens a runner on a test database and loads
 * seed/ through the ingest path (idempotent, so every file may do it) before its tests.
 *
 * On the `story` database (the default) it then checks that the database holds the story and nothing
 * else, so story tests can assert exact answers: a test that writes must use `scratch` (see
 * TestDatabase), and one that writes to `story` by mistake fails every story test that runs after it.
 */
export function useSeededStory(database: TestDatabase = 'story') {
  const story = {} as { runner: QueryRunner; ask: ReturnType<typeof graphqlClient> };
  beforeAll(async () => {
    story.runner = await openTestRunner(database);
    await loadSeed(story.runner, SEED_DIR, createLogger({ level: 'silent', format: 'json' }));
    story.ask = graphqlClient(story.runner);
    if (database === 'story') await expectOnlyTheStory();
  });
  afterAll(() => story.runner.driver.close());
  return story;
}

async function expectOnlyTheStory(): Promise<void> {
  const inspect = await openInspectionRunner('story');
  try {
    const { rows } = await inspect.read(inspection.nodesOutsideIds, { ids: tallySeed().ids });
    const { count, examples } = rows[0] ?? { count: 0, examples: [] };
    if (count !== 0) {
      throw new Error(
        `the story database holds ${count} nodes the seed does not declare (${examples.join(', ')}): ` +
          `tests that write must use the scratch database`,
      );
    }
  } finally {
    await inspect.driver.close();
  }
}
