import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect } from '../../src/db/driver';
import { startLocalNeo4j, type LocalNeo4jServer } from '../../src/local-neo4j/launcher';
import { applyMigrations } from '../../src/db/migrations';
import { QueryCatalog } from '../../src/db/query-catalog';
import { QueryRunner } from '../../src/db/runner';
import { createLogger } from '../../src/logger';
import { projectRoot } from '../../src/project-root';
import { freePort } from '../support/free-port';
import { TEST_NEO4J_ENV } from '../support/test-neo4j';

declare global {
  var testNeo4j: { server: LocalNeo4jServer; dataDir: string } | undefined;
}

/**
 * One real Neo4j for the whole integration run, in a temporary folder on a free port, with the schema
 * migrations applied as the service applies them at start-up.
 */
export default async function globalSetup(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eventgraph-test-neo4j-'));
  const logger = createLogger({ level: 'warn', format: 'pretty' });
  const server = await startLocalNeo4j(
    {
      kind: 'local',
      boltPort: await freePort(),
      dataDir,
      password: 'test-password',
      heapMb: 512,
      pageCacheMb: 128,
      cacheDir: path.join(projectRoot(), 'neo4j-local', 'target'),
    },
    logger,
  );
  globalThis.testNeo4j = { server, dataDir };
  const queries = QueryCatalog.load();
  const { driver, database } = await connect(server, queries);
  try {
    await applyMigrations(new QueryRunner(driver, database, queries), logger);
  } finally {
    await driver.close();
  }
  process.env[TEST_NEO4J_ENV.uri] = server.uri;
  process.env[TEST_NEO4J_ENV.password] = server.password;
}
