import path from 'node:path';
import { connect } from '../../src/db/driver';
import { read, write } from '../../src/db/queries';
import { QueryCatalog } from '../../src/db/query-catalog';
import { QueryRunner } from '../../src/db/runner';

/** The environment variables through which global setup hands the test database to the test files. */
export const TEST_NEO4J_ENV = {
  uri: 'EVENTGRAPH_TEST_NEO4J_URI',
  password: 'EVENTGRAPH_TEST_NEO4J_PASSWORD',
};

export function testNeo4jConnection() {
  const uri = process.env[TEST_NEO4J_ENV.uri];
  const password = process.env[TEST_NEO4J_ENV.password];
  if (!uri || !password) throw new Error('the integration global setup did not start Neo4j');
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
  graphSnapshot: read<{ token: string }, InspectionRow>('graph-snapshot'),
  indexNames: read<Record<string, never>, InspectionRow>('index-names'),
  labelCountsForIds: read<{ ids: string[] }, InspectionRow>('label-counts-for-ids'),
  relationshipCountsForIds: read<{ ids: string[] }, InspectionRow>('relationship-counts-for-ids'),
};

/** A runner on the test database with the product's query catalog. */
export async function openTestRunner(): Promise<QueryRunner> {
  const queries = QueryCatalog.load();
  const { driver, database } = await connect(testNeo4jConnection(), queries);
  return new QueryRunner(driver, database, queries);
}

/** A runner on the test database with the test-only query catalog. */
export async function openInspectionRunner(): Promise<QueryRunner> {
  const { driver, database } = await connect(testNeo4jConnection(), QueryCatalog.load());
  return new QueryRunner(driver, database, testQueries);
}

/** For a describe block: a product runner and an inspection runner on the test database, closed after. */
export function useTestRunners() {
  const runners = {} as { runner: QueryRunner; inspect: QueryRunner };
  beforeAll(async () => {
    runners.runner = await openTestRunner();
    runners.inspect = await openInspectionRunner();
  });
  afterAll(async () => {
    await runners.runner.driver.close();
    await runners.inspect.driver.close();
  });
  return runners;
}
