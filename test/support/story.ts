import type { QueryRunner } from '../../src/db/runner';
import { loadSeed } from '../../src/ingest/seed';
import { createLogger } from '../../src/logger';
import { graphqlClient } from './graphql-client';
import { SEED_DIR } from './seed-tally';
import { openTestRunner } from './test-neo4j';

/**
 * For a describe block that asks GraphQL about the story: opens a runner on the test database and loads
 * seed/ through the ingest path (idempotent, so every file may do it) before its tests.
 */
export function useSeededStory() {
  const story = {} as { runner: QueryRunner; ask: ReturnType<typeof graphqlClient> };
  beforeAll(async () => {
    story.runner = await openTestRunner();
    await loadSeed(story.runner, SEED_DIR, createLogger({ level: 'silent', format: 'json' }));
    story.ask = graphqlClient(story.runner);
  });
  afterAll(() => story.runner.driver.close());
  return story;
}
