import type { QueryEvent, QueryRunner } from '../../src/db/runner';
import { createLogger } from '../../src/logger';
import { createApp } from '../../src/server/app';
import { openTestRunner } from '../support/test-neo4j';

describe('the database field', () => {
  let runner: QueryRunner;
  beforeAll(async () => {
    runner = await openTestRunner();
  });
  afterAll(() => runner.driver.close());

  it('answers with the Neo4j server agent string in one round trip', async () => {
    const sent: QueryEvent[] = [];
    const stopRecording = runner.onQuery(({ name, mode }) => sent.push({ name, mode }));
    const app = createApp({
      runner,
      logger: createLogger({ level: 'silent', format: 'json' }),
    });

    const response = await app.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ database { agent version edition name address } }' }),
    });
    stopRecording();

    const body = (await response.json()) as { data: { database: Record<string, string> } };
    expect(body.data.database).toEqual({
      agent: expect.stringMatching(/^Neo4j\/5\.26\.\d+$/),
      version: expect.stringMatching(/^5\.26\.\d+$/),
      edition: 'community',
      name: 'neo4j',
      address: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
    });
    expect(sent).toEqual([{ name: 'database-info', mode: 'read' }]);
  });
});
