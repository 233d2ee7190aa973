import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/free-port';
import { serviceEnv, startServiceProcess, type RunningServiceProcess } from '../support/service-process';
import { E2E_BASE_URL_ENV, E2E_SERVICE_ENDING_ENV } from './support/browser';

declare global {
  var e2eService: { service: RunningServiceProcess; dataDir: string } | undefined;
}

/**
 * The service as `npm start` runs it (built output, its own local Neo4j, the story's seed loaded at
 * start-up), once for all browser tests. Its own database, so no integration test's data shows in it.
 */
export default async function globalSetup(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eventgraph-e2e-'));
  const httpPort = await freePort();
  const service = startServiceProcess(
    serviceEnv({
      PORT: String(httpPort),
      HOST: '127.0.0.1',
      LOCAL_NEO4J_BOLT_PORT: String(await freePort()),
      LOCAL_NEO4J_DATA_DIR: dataDir,
      LOCAL_NEO4J_HEAP_MB: '512',
      LOCAL_NEO4J_PAGECACHE_MB: '128',
    }),
  );
  globalThis.e2eService = { service, dataDir };
  // Should the service end before the tests do, they say how (the test processes cannot see it).
  const endingFile = path.join(dataDir, 'service-ending.txt');
  void service.exited.then(() => fs.writeFileSync(endingFile, service.ending()));
  await service.waitForLog('GraphQL is ready', 240_000);
  process.env[E2E_BASE_URL_ENV] = `http://127.0.0.1:${httpPort}`;
  process.env[E2E_SERVICE_ENDING_ENV] = endingFile;
}
