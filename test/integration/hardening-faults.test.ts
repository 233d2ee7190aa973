import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';
import { sha256 } from '../../src/server/auth';
import { smallDocument, uniqueToken } from '../support/documents';
import { freePort } from '../support/free-port';
import { postGraphql } from '../support/http-service';
import {
  isLocalNeo4j,
  killLocalNeo4j,
  serviceEnv,
  startServiceProcess,
  waitUntilGone,
  type RunningServiceProcess,
} from '../support/service-process';

// Three starts of a JVM (one, then two restarts) on a loaded 2-core machine: minutes each at worst.
jest.setTimeout(600_000);

const WRITE_KEY = 'fault-test-writer-key-0123456789';
const ARTEFACTS = path.join(projectRoot(), 'test-artefacts', 'faults');
const INGEST = `mutation($document: JSON!) { ingestDocument(document: $document) { nodesCreated } }`;
const HAS_SOURCE = `query($id: ID!) { node(id: $id) { id } }`;
/** The bound within which a request answers while the database is down. */
const UNAVAILABLE_WITHIN_MS = 2_000;

/**
 * The service as `npm start` runs it, with its own Neo4j (not the suite's shared one: this one is
 * killed) on a persistent data folder, across a database crash and two service starts.
 */
describe('database faults, durability and graceful shutdown', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eventgraph-faults-'));
  const started: Array<{ service: RunningServiceProcess; jvmPids: number[]; base: string }> = [];
  afterAll(async () => {
    // What each service logged and how Neo4j fared, kept for a failed run (test-artefacts/ is not in git).
    fs.rmSync(ARTEFACTS, { recursive: true, force: true });
    fs.mkdirSync(ARTEFACTS, { recursive: true });
    started.forEach(({ service }, i) =>
      fs.writeFileSync(
        path.join(ARTEFACTS, `service-${i + 1}.jsonl`),
        `${service.logs.map((line) => JSON.stringify(line)).join('\n')}\n# ${service.ending()}\n`,
      ),
    );
    for (const name of ['launcher.log', 'debug.log']) {
      const file = path.join(dataDir, 'logs', name);
      if (fs.existsSync(file))
        fs.writeFileSync(
          path.join(ARTEFACTS, name),
          fs.readFileSync(file, 'utf8').split('\n').slice(-400).join('\n'),
        );
    }
    for (const { service, jvmPids } of started) {
      if (service.child.exitCode === null) service.child.kill('SIGKILL');
      for (const pid of jvmPids) killLocalNeo4j(pid, dataDir);
      for (const pid of jvmPids) await waitUntilGone(pid, dataDir, 30_000);
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(overrides: Record<string, string> = {}) {
    const httpPort = await freePort();
    const service = startServiceProcess(
      serviceEnv({
        PORT: String(httpPort),
        LOCAL_NEO4J_BOLT_PORT: String(await freePort()),
        LOCAL_NEO4J_DATA_DIR: dataDir,
        LOCAL_NEO4J_PAGECACHE_MB: '128',
        LOCAL_NEO4J_HEAP_MB: '384',
        API_KEYS: `faults:write:${sha256(WRITE_KEY).toString('hex')}`,
        RATE_LIMIT_PER_MINUTE: '0',
        SHUTDOWN_GRACE_MS: '20000',
        ...overrides,
      }),
    );
    const run = { service, jvmPids: [] as number[], base: `http://127.0.0.1:${httpPort}` };
    started.push(run);
    const up = await service.waitForLog('Local Neo4j is up');
    run.jvmPids.push(up.pid as number);
    await service.waitForLog('GraphQL is ready');
    return run;
  }
  const write = (base: string, document: unknown) =>
    postGraphql(
      `${base}/graphql`,
      { query: INGEST, variables: { document } },
      { authorization: `Bearer ${WRITE_KEY}` },
    );
  const stored = async (base: string, id: string) =>
    (await postGraphql(`${base}/graphql`, { query: HAS_SOURCE, variables: { id } })).body.data?.node?.id ===
    id;

  const token = uniqueToken('durable');

  it('answers DATABASE_UNAVAILABLE within 2 s and /ready 503 at once when Neo4j dies, then restarts it, plans its queries again and recovers', async () => {
    // With the warm-up: a restarted Neo4j has no plans, so the service makes them again before /ready.
    const { service, jvmPids, base } = await start({ WARM_UP: 'true' });
    const acknowledged = await write(base, smallDocument(token));
    expect(acknowledged.body.errors).toBeUndefined();
    expect(await stored(base, `source:${token}`)).toBe(true);

    expect(isLocalNeo4j(jvmPids[0]!, dataDir)).toBe(true);
    killLocalNeo4j(jvmPids[0]!, dataDir);
    expect(await waitUntilGone(jvmPids[0]!, dataDir, 10_000)).toBe(true);

    // One after another (the first finds the pool's dead connections and tries again briefly; the
    // others find the database known to be down), then several at once.
    const unavailable = async () => {
      const t0 = Date.now();
      const answer = await postGraphql(`${base}/graphql`, { query: '{ timeline(first: 1) { totalCount } }' });
      return { ms: Date.now() - t0, status: answer.status, error: answer.body.errors?.[0] };
    };
    const answers = [await unavailable(), await unavailable(), await unavailable()];
    answers.push(...(await Promise.all(Array.from({ length: 5 }, unavailable))));
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.error).toMatchObject({
        message: 'the database is unavailable; try again shortly',
        extensions: { code: 'DATABASE_UNAVAILABLE', requestId: expect.any(String) },
      });
    }
    // The bound the issue states; measured here at about 0.5 s for the first and 10-30 ms for the rest.
    expect(Math.max(...answers.map((answer) => answer.ms))).toBeLessThan(UNAVAILABLE_WITHIN_MS);
    const t0 = Date.now();
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    expect(Date.now() - t0).toBeLessThan(1_000);
    expect(service.child.exitCode).toBeNull();
    expect(service.logs.map((line) => line.msg)).toContain(
      'The database does not answer; requests get DATABASE_UNAVAILABLE until it does',
    );

    const died = await service.waitForLog('Local Neo4j died; restarting it', 10_000);
    expect(died).toMatchObject({ signal: 'SIGKILL', retryInMs: 1000 });
    const restarted = await service.waitForLog('Restarted the local Neo4j', 180_000);
    jvmPids.push(restarted.pid as number);
    expect(restarted.pid).not.toBe(jvmPids[0]);

    // The service was never restarted: the driver reconnects by itself.
    let recovered = false;
    for (let i = 0; i < 40 && !recovered; i++) {
      const answer = await postGraphql(`${base}/graphql`, { query: '{ timeline(first: 1) { totalCount } }' });
      recovered = answer.body.errors === undefined && answer.body.data.timeline.totalCount > 0;
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(recovered).toBe(true);
    // Not ready until the examples are planned again on the new JVM.
    const notReadyReasons = new Set<string>();
    let readyAt: number | undefined;
    for (let i = 0; i < 240 && readyAt === undefined; i++) {
      const ready = await fetch(`${base}/ready`);
      if (ready.status === 200) readyAt = Date.now();
      else {
        notReadyReasons.add(((await ready.json()) as { reason: string }).reason);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    expect(readyAt).toBeDefined();
    const replanned = service.logs.find(
      (line) => line.msg === 'Queries planned again after the database came back',
    );
    expect(replanned).toMatchObject({ examples: expect.any(Number) });
    expect(readyAt!).toBeGreaterThanOrEqual(replanned!.time as number);
    for (const reason of notReadyReasons)
      expect(reason).toBe('planning queries again after the database came back');
    expect(service.logs.map((line) => line.msg)).toContain('The database answers again');
    expect(await stored(base, `source:${token}`)).toBe(true);

    // A write cut by a database crash half way lands whole or not at all.
    const big = smallDocument(uniqueToken('cut'));
    const many = Array.from({ length: 1500 }, (_, i) => ({
      id: `person:extra-${i}-${big.source.id.slice(7)}`,
      kind: 'PERSON',
      name: `Extra ${i}`,
    }));
    big.actors.push(...many);
    const pending = write(base, big);
    await new Promise((resolve) => setTimeout(resolve, 150));
    killLocalNeo4j(restarted.pid as number, dataDir);
    const cutAnswer = await pending;
    const again = await service.waitForLog('Local Neo4j died; restarting it', 10_000);
    expect(again).toBeDefined();
    await waitForLogCount(service, 'Restarted the local Neo4j', 2, 180_000);
    const up = service.logs.filter((line) => line.msg === 'Restarted the local Neo4j').at(-1)!;
    jvmPids.push(up.pid as number);
    let observed: { source: boolean; lastActor: boolean } | undefined;
    let last: unknown;
    for (let i = 0; i < 120 && observed === undefined; i++) {
      const answer = await postGraphql(`${base}/graphql`, {
        query: `query($a: ID!, $b: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } }`,
        variables: { a: big.source.id, b: many[many.length - 1]!.id },
      });
      last = answer.body;
      const data = answer.body.data as { a: unknown; b: unknown } | null | undefined;
      // NOT_FOUND is an answer (the write did not land); anything else (the database still coming back) is not.
      const codes = ((answer.body.errors ?? []) as Array<{ extensions?: { code?: string } }>).map(
        (error) => error.extensions?.code,
      );
      if (!data || codes.some((code) => code !== 'NOT_FOUND'))
        await new Promise((resolve) => setTimeout(resolve, 500));
      else observed = { source: data.a !== null, lastActor: data.b !== null };
    }
    expect({ observed, last }).toMatchObject({ observed: expect.any(Object) });
    // All or nothing: the source and the last actor are both there, or neither; acknowledged means there.
    expect(observed!.source).toBe(observed!.lastActor);
    expect(cutAnswer.body.errors === undefined ? observed!.source : true).toBe(true);
  });

  it('on SIGTERM stops accepting, finishes the request in flight, stops Neo4j and exits 0; the acknowledged write survives', async () => {
    // The previous service is still running: once its Neo4j is up again (whatever the test before left it
    // doing, a restart may be under way), stop it the same way first; it leaves no JVM behind.
    const previous = started[0]!;
    expect(await readyWithin(previous.base, 180_000)).toBe(true);
    previous.service.child.kill('SIGTERM');
    expect(await previous.service.exited).toBe(0);
    for (const line of previous.service.logs.filter((entry) => entry.msg === 'Local Neo4j is up'))
      expect(await waitUntilGone(line.pid as number, dataDir, 30_000)).toBe(true);

    const { service, jvmPids, base } = await start();
    expect(await stored(base, `source:${token}`)).toBe(true);

    // A request in flight: its body arrives slowly, across the signal.
    const url = new URL(`${base}/graphql`);
    const slow = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.write('{"query": "{ timeline(first: 1) ');
      setTimeout(() => req.end('{ totalCount } }"}'), 1_500);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    service.child.kill('SIGTERM');
    await service.waitForLog('Shutting down', 5_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(fetch(`${base}/health`)).rejects.toThrow();

    const answer = await slow;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).data.timeline.totalCount).toBeGreaterThan(0);
    expect(await service.exited).toBe(0);
    const order = service.logs.map((line) => line.msg);
    expect(order.indexOf('Finished the requests in flight')).toBeLessThan(
      order.indexOf('Local Neo4j stopped'),
    );
    expect(isLocalNeo4j(jvmPids[0]!, dataDir)).toBe(false);
  });
});

/** Polls /ready until it answers 200. */
async function readyWithin(base: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await fetch(`${base}/ready`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

async function waitForLogCount(
  service: RunningServiceProcess,
  msg: string,
  count: number,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  while (service.logs.filter((line) => line.msg === msg).length < count) {
    if (Date.now() > deadline) throw new Error(`fewer than ${count} '${msg}' log lines in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
