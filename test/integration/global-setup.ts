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
import { TEST_NEO4J_ENV, type TestDatabase } from '../support/test-neo4j';

declare global {
  var testNeo4j: Array<{ server: LocalNeo4jServer; dataDir: string }> | undefined;
}

/**
 * Two real Neo4j servers for the whole integration run (see TestDatabase: the untouched story, and a
 * scratch one for tests that write), each in a temporary folder on a free port, with the schema
 * migrations applied as the service applies them at start-up. They start side by side.
 */
export default async function globalSetup(): Promise<void> {
  const logger = createLogger({ level: 'warn', format: 'pretty' });
  globalThis.testNeo4j = [];
  const storyPort = await freePort();
  let scratchPort = await freePort();
  while (scratchPort === storyPort) scratchPort = await freePort();
  const start = async (database: TestDatabase, boltPort: number) => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `eventgraph-test-neo4j-${database}-`));
    const server = await startLocalNeo4j(
      {
        kind: 'local',
        boltPort,
        dataDir,
        password: 'test-password',
        heapMb: 512,
        pageCacheMb: 128,
        cacheDir: path.join(projectRoot(), 'neo4j-local', 'target'),
      },
      logger,
    );
    globalThis.testNeo4j!.push({ server, dataDir });
    const queries = QueryCatalog.load();
    const { driver, database: name } = await connect(server, queries);
    try {
      await applyMigrations(new QueryRunner(driver, name, queries), logger);
    } finally {
      await driver.close();
    }
    process.env[TEST_NEO4J_ENV[database].uri] = server.uri;
    process.env[TEST_NEO4J_ENV[database].password] = server.password;
  };
  await Promise.all([start('story', storyPort), start('scratch', scratchPort)]);
}
