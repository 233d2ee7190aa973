/**
 * A bounded soak of the running service: `npm run soak` (not part of `npm test`). Starts the service with
 * its own local Neo4j in a temporary folder on 127.0.0.1, then runs autocannon twice for SOAK_SECONDS
 * each: the GraphiQL examples alone (the baseline), then the same with a share of hostile requests on
 * connections of their own. Prints the numbers and exits non-zero unless: no legitimate request failed,
 * every hostile one was refused, legitimate p99 under hostile load is within 20% of the baseline (or
 * within 5 ms, for tiny latencies), and the service's RSS grew less than SOAK_MAX_RSS_GROWTH_MB.
 * Traffic goes to 127.0.0.1 only, for a bounded time.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';
import { freePort } from '../src/port-check';

const ROOT = path.resolve(__dirname, '..', '..');
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
const LEGIT_CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 4);
const HOSTILE_CONNECTIONS = Number(process.env.SOAK_HOSTILE_CONNECTIONS ?? 1);
const MAX_RSS_GROWTH_MB = Number(process.env.SOAK_MAX_RSS_GROWTH_MB ?? 100);
const P99_TOLERANCE = 1.2;

const examples = fs.readFileSync(path.join(ROOT, 'schema', 'examples', 'operations.graphql'), 'utf8');
const operationNames = [...examples.matchAll(/^(?:query|mutation) (\w+)/gm)].map((m) => m[1]!);

const nested = (n: number): string =>
  n === 0 ? 'id' : `timeline(first: 100) { edges { node { participants { actor { ${nested(n - 1)} } } } } }`;
const ofTypes = (n: number): string => (n === 0 ? 'name' : `name ofType { ${ofTypes(n - 1)} }`);
const HOSTILE: Array<{ name: string; body: string }> = [
  { name: 'four-level nested timelines', body: JSON.stringify({ query: `{ ${nested(4)} }` }) },
  {
    name: '__schema-named deep operation',
    body: JSON.stringify({
      query: `query __schema { event(id: "x") { ${'parts { '.repeat(20)} id ${'} '.repeat(20)} } }`,
    }),
  },
  {
    name: 'depth-20 introspection',
    body: JSON.stringify({ query: `{ __schema { types { fields { type { ${ofTypes(17)} } } } } }` }),
  },
  {
    name: '2,000 aliases',
    body: JSON.stringify({
      query: `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
    }),
  },
  {
    name: 'directive bomb',
    body: JSON.stringify({ query: `{ __typename ${'@include(if: true) '.repeat(500)} }` }),
  },
  { name: 'malformed JSON', body: '{"query": "{ __typename }"' },
  { name: 'field suggestion probe', body: JSON.stringify({ query: '{ timelin { totalCount } }' }) },
];

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

interface Tally {
  ok: number;
  failed: number;
  samples: string[];
}

function run(
  url: string,
  connections: number,
  requests: Array<{ body: string; onResponse: (status: number, body: string) => void }>,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration: SECONDS,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        requests: requests.map((r) => ({
          body: r.body,
          onResponse: (status: number, body: string) => r.onResponse(status, body),
        })),
      },
      (error: unknown, result) =>
        error ? reject(error instanceof Error ? error : new Error('autocannon failed')) : resolve(result),
    );
    void instance;
  });
}

function legitRequests(tally: Tally) {
  return operationNames.map((operationName) => ({
    body: JSON.stringify({ query: examples, operationName }),
    onResponse: (status: number, body: string) => {
      if (status === 200 && !body.includes('"errors"')) tally.ok++;
      else {
        tally.failed++;
        if (tally.samples.length < 5) tally.samples.push(`${operationName}: ${status} ${body.slice(0, 200)}`);
      }
    },
  }));
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eventgraph-soak-'));
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'cli', 'start.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'warn',
      LOCAL_NEO4J_BOLT_PORT: String(await freePort()),
      LOCAL_NEO4J_DATA_DIR: dataDir,
      LOCAL_NEO4J_HEAP_MB: '512',
      LOCAL_NEO4J_PAGECACHE_MB: '128',
      // One address sends everything here; the limit per client is for real clients.
      RATE_LIMIT_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  try {
    readline.createInterface({ input: child.stdout }).on('line', () => undefined);
    const url = `http://127.0.0.1:${port}/graphql`;
    const deadline = Date.now() + 240_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error('the service exited during start-up');
      if (Date.now() > deadline) throw new Error('the service did not become ready within 240 s');
      const ready = await fetch(`http://127.0.0.1:${port}/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ready) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    console.log(
      `soak: ${operationNames.length} GraphiQL examples, ${HOSTILE.length} hostile kinds, ${SECONDS} s per phase, ` +
        `${LEGIT_CONNECTIONS} legitimate + ${HOSTILE_CONNECTIONS} hostile connections, 127.0.0.1:${port}`,
    );

    // Warm-up: plans cached, JIT warm, so the baseline is not the first run.
    const warm: Tally = { ok: 0, failed: 0, samples: [] };
    for (const request of legitRequests(warm)) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: request.body,
      });
      request.onResponse(response.status, await response.text());
    }

    const baseTally: Tally = { ok: 0, failed: 0, samples: [] };
    const baseline = await run(url, LEGIT_CONNECTIONS, legitRequests(baseTally));

    const rssBefore = rssMb(child.pid!);
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(child.pid!))), 1000);
    const mixedTally: Tally = { ok: 0, failed: 0, samples: [] };
    const hostileTally = { refused: 0, answered: 0, samples: [] as string[] };
    const hostile = HOSTILE.map(({ name, body }) => ({
      body,
      onResponse: (status: number, text: string) => {
        const refused = status >= 400 || (/"errors"/.test(text) && !/"data":\{/.test(text));
        if (refused) hostileTally.refused++;
        else {
          hostileTally.answered++;
          if (hostileTally.samples.length < 5)
            hostileTally.samples.push(`${name}: ${status} ${text.slice(0, 200)}`);
        }
      },
    }));
    const [mixed, hostileRun] = await Promise.all([
      run(url, LEGIT_CONNECTIONS, legitRequests(mixedTally)),
      run(url, HOSTILE_CONNECTIONS, hostile),
    ]);
    clearInterval(sampler);
    const rssAfter = rssMb(child.pid!);

    const p99Base = baseline.latency.p99;
    const p99Mixed = mixed.latency.p99;
    const growth = rssAfter - rssBefore;
    const report = {
      baseline: {
        requests: baseline.requests.total,
        rps: baseline.requests.average,
        p50: baseline.latency.p50,
        p99: p99Base,
        errors: baseTally.failed,
      },
      mixed: {
        legitRequests: mixed.requests.total,
        legitRps: mixed.requests.average,
        legitP50: mixed.latency.p50,
        legitP99: p99Mixed,
        legitErrors: mixedTally.failed,
        hostileRequests: hostileRun.requests.total,
        hostileRefused: hostileTally.refused,
        hostileAnswered: hostileTally.answered,
        hostileP99: hostileRun.latency.p99,
        hostileShare: +(
          hostileRun.requests.total /
          (hostileRun.requests.total + mixed.requests.total)
        ).toFixed(3),
      },
      p99Ratio: +(p99Mixed / Math.max(p99Base, 1)).toFixed(3),
      rssMb: {
        before: +rssBefore.toFixed(1),
        peak: +rssPeak.toFixed(1),
        after: +rssAfter.toFixed(1),
        growth: +growth.toFixed(1),
      },
    };
    console.log(JSON.stringify(report, null, 2));
    const problems: string[] = [];
    if (baseTally.failed + mixedTally.failed + warm.failed > 0)
      problems.push(
        `legitimate requests failed: ${[...warm.samples, ...baseTally.samples, ...mixedTally.samples].join(' | ')}`,
      );
    if (hostileTally.answered > 0)
      problems.push(`hostile requests answered: ${hostileTally.samples.join(' | ')}`);
    if (p99Mixed > p99Base * P99_TOLERANCE && p99Mixed - p99Base > 5)
      problems.push(`legitimate p99 ${p99Mixed} ms is over ${P99_TOLERANCE} x baseline ${p99Base} ms`);
    if (growth > MAX_RSS_GROWTH_MB)
      problems.push(`RSS grew ${growth.toFixed(1)} MB, over ${MAX_RSS_GROWTH_MB} MB`);
    if (baseline.non2xx + mixed.non2xx > 0)
      problems.push(`non-2xx legitimate answers: ${baseline.non2xx + mixed.non2xx}`);
    console.log(problems.length ? `soak FAILED:\n- ${problems.join('\n- ')}` : 'soak passed');
    process.exitCode = problems.length ? 1 : 0;
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
