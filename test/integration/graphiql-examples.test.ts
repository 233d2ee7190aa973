import fs from 'node:fs';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { QueryRunner } from '../../src/db/runner';
import { loadSeed } from '../../src/ingest/seed';
import { createLogger } from '../../src/logger';
import { EXAMPLE_OPERATIONS_FILE } from '../../src/server/app';
import { graphqlClient } from '../support/graphql-client';
import { SEED_DIR } from '../support/seed-tally';
import { openTestRunner } from '../support/test-neo4j';

jest.setTimeout(60_000);

const text = fs.readFileSync(EXAMPLE_OPERATIONS_FILE, 'utf8');
const names = parse(text)
  .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  .map((operation) => operation.name!.value);

describe('the example operations GraphiQL opens with', () => {
  let runner: QueryRunner;
  let ask: ReturnType<typeof graphqlClient>;
  beforeAll(async () => {
    runner = await openTestRunner();
    await loadSeed(runner, SEED_DIR, createLogger({ level: 'silent', format: 'json' }));
    ask = graphqlClient(runner);
  });
  afterAll(() => runner.driver.close());

  it.each(names)('%s runs as it stands and finds something', async (operationName) => {
    const response = await ask(text, {}, operationName);
    expect(response.errors).toBeUndefined();
    const [first] = Object.values(response.data as Record<string, unknown>) as Array<{
      edges?: unknown[];
    } | null>;
    expect(first).not.toBeNull();
    expect(first?.edges ?? ['not a list']).not.toHaveLength(0);
  });
});
