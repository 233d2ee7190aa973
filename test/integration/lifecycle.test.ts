import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/free-port';
import { isLocalNeo4j, serviceEnv, startServiceProcess, waitUntilGone } from '../support/service-process';

jest.setTimeout(240_000);

/**
 * The service as `npm start` runs it: its own Neo4j in a data folder, GraphQL on a port. Two starts on the
 * same folder: the second finds the migrations applied and the data kept.
 */
describe('the service with its own local Neo4j', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eventgraph-lifecycle-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  async function start(overrides: Record<string, string> = {}) {
    const httpPort = await freePort();
    const service = startServiceProcess(
      serviceEnv({
        PORT: String(httpPort),
        LOCAL_NEO4J_BOLT_PORT: String(await freePort()),
        LOCAL_NEO4J_DATA_DIR: dataDir,
        LOCAL_NEO4J_PAGECACHE_MB: '128',
        ...overrides,
      }),
    );
    const up = await service.waitForLog('Local Neo4j is up');
    await service.waitForLog('GraphQL is ready');
    return { service, jvmPid: up.pid as number, base: `http://127.0.0.1:${httpPort}` };
  }

  it('serves GraphQL backed by Neo4j 5.26, and SIGTERM stops the JVM with it', async () => {
    const { service, jvmPid, base } = await start({ WARM_UP: 'true' });
    // Every example query was asked, without a fault, before the service listened (as npm start does).
    const messages = service.logs.map((line) => line.msg);
    const planned = service.logs.find((line) => line.msg === 'Queries planned before listening (warm-up)');
    expect(planned?.examples).toBe(28);
    expect(messages.indexOf(planned!.msg)).toBeLessThan(messages.indexOf('GraphQL is ready'));
    expect(messages).not.toContain('Warm-up example failed');

    expect((await fetch(`${base}/health`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(await ready.json()).toEqual({ status: 'ready' });
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ database { agent edition name } }' }),
    });
    const body = (await response.json()) as {
      data: { database: { agent: string; edition: string; name: string } };
    };
    expect(body.data.database.agent).toMatch(/^Neo4j\/5\.26\.\d+$/);
    expect(body.data.database.edition).toBe('community');
    expect(body.data.database.name).toBe('neo4j');
    expect(service.logs.some((line) => line.msg === 'Applied migration')).toBe(true);

    service.child.kill('SIGTERM');
    expect(await service.exited).toBe(0);
    expect(isLocalNeo4j(jvmPid, dataDir)).toBe(false);
  });

  it('when the service is killed outright, its JVM notices and stops too', async () => {
    const { service, jvmPid } = await start();
    expect(service.logs.some((line) => line.msg === 'Applied migration')).toBe(false);
    expect(isLocalNeo4j(jvmPid, dataDir)).toBe(true);

    service.child.kill('SIGKILL');
    await service.exited;
    expect(await waitUntilGone(jvmPid, dataDir, 60_000)).toBe(true);
  });
});
