import path from 'node:path';
import { loadConfig } from '../config';
import { requireJava } from '../local-neo4j/java-toolchain';
import { buildLocalNeo4j } from '../local-neo4j/build';
import { StartupError } from '../errors';
import { createLogger } from '../logger';

/** Downloads and compiles the local Neo4j launcher ahead of time (CI, or before going offline). */
async function prepare(): Promise<void> {
  const config = loadConfig(process.env, process.stdout.isTTY);
  const logger = createLogger(config.log);
  if (config.neo4j.kind !== 'local') {
    logger.info('NEO4J_URI is set: no local Neo4j to prepare');
    return;
  }
  requireJava();
  const build = await buildLocalNeo4j(config.neo4j.cacheDir, logger);
  logger.info(
    { jars: build.classpath.split(path.delimiter).length - 1, cacheDir: config.neo4j.cacheDir },
    'Local Neo4j is ready to start',
  );
}

prepare().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof StartupError ? error.message : String(error)}\n`);
  process.exit(1);
});
