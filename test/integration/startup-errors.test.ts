import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../support/free-port';
import {
  runServiceToExit,
  serviceEnv,
  startServiceProcess,
  type FinishedRun,
} from '../support/service-process';
import { testNeo4jConnection } from '../support/test-neo4j';

// Each error case bounds its own run (20 s); the wait for a late Neo4j takes longer.
jest.setTimeout(120_000);

/** A folder for PATH holding only the named commands, to play a machine that lacks the others. */
function pathWith(commands: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eventgraph-path-'));
  for (const [name, target] of Object.entries(commands)) fs.symlinkSync(target, path.join(dir, name));
  return dir;
}

function occupy(port: number): Promise<net.Server> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** Exit 1, quickly, with exactly one line that names a fix, and no stack trace. */
function expectOneLineError(run: FinishedRun, pattern: RegExp): void {
  // First the whole run, so that a failure shows the exit code and what the service logged.
  expect({ code: run.code, stderr: run.stderr.trim(), stdout: run.stdout.slice(-2000) }).toMatchObject({
    code: 1,
    stderr: expect.stringMatching(pattern),
  });
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(lines[0]).toMatch(/Fix: /);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.code).toBe(1);
  expect(run.elapsedMs).toBeLessThan(20_000);
}

/**
 * A TCP relay that starts listening on `port` only after `delayMs` and then passes every connection to
 * the suite's real Neo4j: a Neo4j that comes up on that port a while after the service started.
 */
function neo4jAppearingLater(port: number, delayMs: number) {
  const target = new URL(testNeo4jConnection().uri.replace(/^bolt/, 'http'));
  const sockets = new Set<net.Socket>();
  const relay = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  let listeningAt: number | undefined;
  const timer = setTimeout(() => relay.listen(port, '127.0.0.1', () => (listeningAt = Date.now())), delayMs);
  return {
    listeningAt: () => listeningAt,
    close: () => {
      clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => (relay.listening ? relay.close(() => resolve()) : resolve()));
    },
  };
}

describe('with NEO4J_URI, start-up waits for the server', () => {
  it('starts against a Neo4j that begins to listen seconds after the service, logging that it waits', async () => {
    const boltPort = await freePort();
    const httpPort = await freePort();
    const relay = neo4jAppearingLater(boltPort, 4_000);
    const service = startServiceProcess(
      serviceEnv({
        NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
        NEO4J_PASSWORD: testNeo4jConnection().password,
        NEO4J_WAIT_MS: '60000',
        PORT: String(httpPort),
      }),
    );
    try {
      const waiting = await service.waitForLog('Waiting for Neo4j', 20_000);
      expect(waiting).toMatchObject({ attempt: 1, retryInMs: 250, waitMs: 60_000 });
      expect(waiting.reason).toMatch(/^cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+/);
      const connected = await service.waitForLog('Connected to Neo4j', 60_000);
      const ready = await service.waitForLog('GraphQL is ready', 120_000);
      // Connected only once the server was there, and it had waited for it rather than giving up.
      expect(relay.listeningAt()).toBeDefined();
      expect(connected.time as number).toBeGreaterThanOrEqual(relay.listeningAt()!);
      expect(ready.url).toBe(`http://127.0.0.1:${httpPort}/graphql`);
      const answer = await fetch(`http://127.0.0.1:${httpPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ timeline(first: 1) { totalCount } }' }),
      });
      const body = (await answer.json()) as { data: { timeline: { totalCount: number } } };
      expect(body.data.timeline.totalCount).toBeGreaterThan(0);
      service.child.kill('SIGTERM');
      expect(await service.exited).toBe(0);
    } finally {
      if (service.child.exitCode === null) service.child.kill('SIGKILL');
      await relay.close();
    }
  });
});

describe('start-up errors name the cause and the fix', () => {
  const tmpDirs: string[] = [];
  afterAll(() => tmpDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const tmp = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eventgraph-start-'));
    tmpDirs.push(dir);
    return dir;
  };

  it('when NEO4J_URI points to a port where nothing listens, it waits NEO4J_WAIT_MS, then says Neo4j cannot be reached', async () => {
    const run = await runServiceToExit(
      serviceEnv({
        NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`,
        NEO4J_PASSWORD: 'whatever1',
        NEO4J_WAIT_MS: '1500',
        PORT: String(await freePort()),
      }),
    );
    expectOneLineError(
      run,
      /^error: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:\d+: .* \(waited 1\.5 s\)\. Fix: check NEO4J_URI.*NEO4J_WAIT_MS/,
    );
    expect(run.elapsedMs).toBeGreaterThanOrEqual(1_000);
    const waits = run.stdout
      .split('\n')
      .filter((line) => line.includes('"Waiting for Neo4j"'))
      .map((line) => JSON.parse(line) as { attempt: number; retryInMs: number });
    expect(waits[0]).toMatchObject({ attempt: 1, retryInMs: 250 });
  });

  it('when the password is wrong, it says the server refused the credentials', async () => {
    const run = await runServiceToExit(
      serviceEnv({
        NEO4J_URI: testNeo4jConnection().uri,
        NEO4J_PASSWORD: 'not-the-password',
        PORT: String(await freePort()),
      }),
    );
    expectOneLineError(
      run,
      /^error: Neo4j at bolt:\/\/\S+ refused user 'neo4j': wrong username or password\. Fix: set NEO4J_USERNAME/,
    );
  });

  it('when the HTTP port is taken, it says so before starting anything', async () => {
    const port = await freePort();
    const blocker = await occupy(port);
    try {
      const run = await runServiceToExit(
        serviceEnv({
          NEO4J_URI: testNeo4jConnection().uri,
          NEO4J_PASSWORD: testNeo4jConnection().password,
          PORT: String(port),
        }),
      );
      expectOneLineError(
        run,
        new RegExp(`^error: port ${port} on 127\\.0\\.0\\.1 is already in use\\. Fix: .*set PORT`),
      );
    } finally {
      blocker.close();
    }
  });

  it('when the local Bolt port is taken, it says so and names LOCAL_NEO4J_BOLT_PORT', async () => {
    const boltPort = await freePort();
    const blocker = await occupy(boltPort);
    try {
      const run = await runServiceToExit(
        serviceEnv({
          LOCAL_NEO4J_BOLT_PORT: String(boltPort),
          LOCAL_NEO4J_DATA_DIR: tmp(),
          PORT: String(await freePort()),
        }),
      );
      expectOneLineError(
        run,
        new RegExp(
          `^error: Bolt port ${boltPort} on 127\\.0\\.0\\.1 is already in use.*LOCAL_NEO4J_BOLT_PORT`,
        ),
      );
    } finally {
      blocker.close();
    }
  });

  it('when Java is missing, it says the local Neo4j needs Java 17', async () => {
    const bin = pathWith({ node: process.execPath });
    tmpDirs.push(bin);
    const run = await runServiceToExit(
      serviceEnv({
        PATH: bin,
        LOCAL_NEO4J_DATA_DIR: tmp(),
        LOCAL_NEO4J_BOLT_PORT: String(await freePort()),
        PORT: String(await freePort()),
      }),
    );
    expectOneLineError(run, /^error: Java was not found on PATH .*Java 17 or newer\. Fix: install a JDK 17/);
  });

  it('when Maven is missing and Neo4j was never downloaded, it says Maven is needed once', async () => {
    const java = execFileSync('sh', ['-c', 'command -v java'], { encoding: 'utf8' }).trim();
    const bin = pathWith({ node: process.execPath, java: fs.realpathSync(java) });
    tmpDirs.push(bin);
    const run = await runServiceToExit(
      serviceEnv({
        PATH: bin,
        LOCAL_NEO4J_CACHE_DIR: tmp(),
        LOCAL_NEO4J_DATA_DIR: tmp(),
        LOCAL_NEO4J_BOLT_PORT: String(await freePort()),
        PORT: String(await freePort()),
      }),
    );
    expectOneLineError(
      run,
      /^error: Maven \(mvn\) was not found on PATH; it is needed once to download Neo4j.*Fix: install Maven/,
    );
  });

  it('when a setting is malformed, it names every bad variable', async () => {
    const run = await runServiceToExit(serviceEnv({ PORT: 'forty', LOCAL_NEO4J_BOLT_PORT: '99999' }));
    expectOneLineError(run, /^error: invalid environment: .*PORT.*LOCAL_NEO4J_BOLT_PORT/);
  });
});
