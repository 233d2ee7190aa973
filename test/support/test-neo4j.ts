import path from 'node:path';
import { connect } from '../../src/db/driver';
import { read, write } from '../../src/db/queries';
import { QueryCatalog } from '../../src/db/query-catalog';
import { QueryRunner } from '../../src/db/runner';

/**
 * The integration run has two Neo4j servers, both started by global setup (Neo4j community holds one
 * user database per server, so isolation takes a second server):
 * - `story`: the seeded story and nothing else. Story tests read it and may load seed/ again (which
 *   changes nothing); no test writes anything else to it, and `useSeededStory` checks that it holds
 *   only the story.
 * - `scratch`: for tests that write (mutations, ingest, the ingest CLI, migrations), each under its own
 *   ids, so nothing they write can show in a story test's answer, whichever order the files run in.
 */
export type TestDatabase = 'story' | 'scratch';

/** The environment variables through which global setup hands the test databases to the test files. */
export const TEST_NEO4J_ENV: Record<TestDatabase, { uri: string; password: string }> = {
  story: { uri: 'EVENTGRAPH_TEST_NEO4J_URI', password: 'EVENTGRAPH_TEST_NEO4J_PASSWORD' },
  scratch: { uri: 'EVENTGRAPH_TEST_NEO4J_SCRATCH_URI', password: 'EVENTGRAPH_TEST_NEO4J_SCRATCH_PASSWORD' },
};

export function testNeo4jConnection(database: TestDatabase = 'story') {
  const uri = process.env[TEST_NEO4J_ENV[database].uri];
  const password = process.env[TEST_NEO4J_ENV[database].password];
  if (!uri || !password) throw new Error(`the integration global setup did not start the ${database} Neo4j`);
  return { uri, username: 'neo4j', password };
}

/** Queries that only tests use (inspection and clean-up), kept as files like the product's own. */
export const testQueries = QueryCatalog.load(path.join(__dirname, '..', 'cypher'));

/** Rows of inspection queries, read loosely: the tests say what they expect of them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type InspectionRow = Record<string, any>;

/** The typed entries of test/cypher/*.cypher. */
export const inspection = {
  actorById: read<{ id: string }, InspectionRow>('actor-by-id'),
  actorNeighbourhood: read<{ id: string }, InspectionRow>('actor-neighbourhood'),
  countByToken: read<{ token: string }, { count: number }>('count-by-token'),
  dropMigrationProbes: write<Record<string, never>, InspectionRow>('drop-migration-probes'),
  dropProbeIndexGood: write<Record<string, never>, InspectionRow>('drop-probe-index-good'),
  dropProbeIndexHalf: write<Record<string, never>, InspectionRow>('drop-probe-index-half'),
  eventFacts: read<{ id: string }, InspectionRow>('event-facts'),
  eventSpanClasses: read<{ token: string }, InspectionRow>('event-span-classes'),
  factRelationships: read<{ types: string[] }, { start: string; end: string }>('fact-relationships'),
  graphCounts: read<Record<string, never>, { nodes: number; relationships: number }>('graph-counts'),
  graphSnapshot: read<{ token: string }, InspectionRow>('graph-snapshot'),
  indexNames: read<Record<string, never>, InspectionRow>('index-names'),
  labelCountsForIds: read<{ ids: string[] }, InspectionRow>('label-counts-for-ids'),
  nodesOutsideIds: read<{ ids: string[] }, { count: number; examples: string[] }>('nodes-outside-ids'),
  relationshipCountsForIds: read<{ ids: string[] }, InspectionRow>('relationship-counts-for-ids'),
  removeOfficeTitles: write<{ token: string }, { removed: number }>('remove-office-titles'),
  removeSpanClasses: write<{ token: string }, { removed: number }>('remove-span-classes'),
};

/** A runner on a test database with the product's query catalog. */
export async function openTestRunner(database: TestDatabase = 'story'): Promise<QueryRunner> {
  const queries = QueryCatalog.load();
  const { driver, database: name } = await connect(testNeo4jConnection(database), queries);
  return new QueryRunner(driver, name, queries);
}

/** A runner on a test database with the test-only query catalog. */
export async function openInspectionRunner(database: TestDatabase = 'story'): Promise<QueryRunner> {
  const { driver, database: name } = await connect(testNeo4jConnection(database), QueryCatalog.load());
  return new QueryRunner(driver, name, testQueries);
}

/** For a describe block: a product runner and an inspection runner on a test database, closed after. */
export function useTestRunners(database: TestDatabase = 'story') {
  const runners = {} as { runner: QueryRunner; inspect: QueryRunner };
  beforeAll(async () => {
    runners.runner = await openTestRunner(database);
    runners.inspect = await openInspectionRunner(database);
  });
  afterAll(async () => {
    await runners.runner.driver.close();
    await runners.inspect.driver.close();
  });
  return runners;
}
