/** The benchmark's results as JSON (for the plot and for later runs) and as a Markdown table. */
import fs from 'node:fs';
import path from 'node:path';
import type { IngestRun, LoadedCorpus } from './corpus';
import type { Throughput } from './measure';
import { ROOT } from './processes';
import type { Latency } from './stats';

export const RESULTS_DIR = path.join(ROOT, 'bench', 'results');

/** One target's latencies, and the requests that failed (kept out of them), with the first error. */
export type TargetLatency = Latency & { failures: number; error?: string };

export interface OperationResult {
  key: string;
  label: string;
  peerNote: string;
  /** The named queries (cypher/*.cypher) the service ran for it. */
  queries: string[];
  dbHits: number;
  /** Whether every window seek had both bounds; null: the plan seeks no window. */
  twoSidedSeeks: boolean | null;
  latency: Record<string, TargetLatency>;
  throughput: { service: Throughput; raw: Throughput; peer: Throughput | null };
  cold: { service: number; peer: number | null };
}

export interface BenchResult {
  /** The generated corpus's size (--events): it names the results. */
  events: number;
  /** Every event in the database: the corpus and, once the service has started on it, the story's seed. */
  eventsInDatabase?: number;
  seed: number;
  startedAt: string;
  finishedAt: string;
  settings: { runs: number; seconds: number; connections: number };
  anchors: object;
  /** batched and naive: null when the run left the comparison out (--ingest-sample 0). */
  ingest: { batched: IngestRun | null; naive: IngestRun | null; load: LoadedCorpus['load'] };
  start: { serviceReadyMs: number; peerReadyMs: number };
  examplesCold: Record<string, number>;
  /** The same examples asked a second time, right after. */
  examplesSecond: Record<string, number>;
  operations: OperationResult[];
  /** Operations the service could not answer at this size, with why. */
  skipped?: Array<{ key: string; error: string }>;
  mix: { service: Throughput; raw: Throughput; peer: Throughput };
  peakRssMb: Record<string, number>;
}

// A failed first request is NaN here and null once read back from JSON.
const ms = (x: number | null) =>
  x === null || !Number.isFinite(x) ? 'failed' : x < 10 ? x.toFixed(1) : x.toFixed(0);
const triple = (l: TargetLatency | undefined) =>
  l
    ? `${ms(l.p50Ms)} / ${ms(l.p95Ms)} / ${ms(l.p99Ms)}${l.failures ? ` (${l.failures} of ${l.runs + l.failures} failed)` : ''}`
    : 'n/a';
const ratio = (a: number, b: number | undefined | null) =>
  b && Number.isFinite(a) && Number.isFinite(b) ? `${(a / b).toFixed(2)}x` : 'n/a';
const rps = (t: Throughput | null) =>
  t ? `${t.requestsPerSecond.toFixed(0)}${t.failures ? ` (${t.failures} failed)` : ''}` : 'n/a';

export function markdown(r: BenchResult): string {
  const rows = r.operations.map((o) => {
    const { service, raw, peer } = o.latency as Record<string, TargetLatency | undefined>;
    const t = o.throughput;
    return [
      o.label,
      triple(service),
      triple(raw),
      ratio(service!.p50Ms, raw?.p50Ms),
      o.latency.peer ? triple(peer) : 'no equivalent',
      ratio(service!.p50Ms, peer?.p50Ms),
      `${rps(t.service)} / ${rps(t.raw)} / ${rps(t.peer)}`,
      t.peer ? ratio(t.service.requestsPerSecond, t.peer.requestsPerSecond) : 'n/a',
      String(o.dbHits),
      o.twoSidedSeeks === null ? '–' : o.twoSidedSeeks ? 'yes' : 'no',
      `${ms(o.cold.service)} / ${o.cold.peer === null ? 'n/a' : ms(o.cold.peer)}`,
    ];
  });
  const examples = Object.entries(r.examplesCold).sort((a, b) => b[1] - a[1]);
  const slowExamples = examples.filter(([, x]) => x >= 100);
  const { batched, naive, load } = r.ingest;
  return [
    `# Benchmark at ${r.events.toLocaleString('en')} events`,
    '',
    `Run ${r.startedAt} – ${r.finishedAt} on this machine; \`npm run bench -- --events ${r.events} --seed ${r.seed}\`. ` +
      `One at a time: ${r.settings.runs} timed requests per operation and target, interleaved, after 3 untimed. ` +
      `Under load: ${r.settings.connections} connections for ${r.settings.seconds} s per operation and target ` +
      '(autocannon over HTTP on 127.0.0.1; raw: as many driver loops). Latencies in ms as p50 / p95 / p99.' +
      (r.eventsInDatabase && r.eventsInDatabase !== r.events
        ? ` The database held ${r.eventsInDatabase.toLocaleString('en')} events: the corpus and the story's seed, which the service loads when it starts.`
        : ''),
    '',
    '**service**: this service over HTTP. **raw**: the Cypher the service sent, replayed through neo4j-driver with the same parameters. ' +
      '**peer**: `@neo4j/graphql` 7.6.3 over the same database (graphql-yoga), asked the closest equivalent (below).',
    '',
    '| operation | service | raw | service ÷ raw (p50) | peer | service ÷ peer (p50) | req/s service / raw / peer | service ÷ peer (req/s) | db hits | two-sided window seeks | first request after start, service / peer |',
    '|---|---|---|---:|---|---:|---|---:|---:|---|---|',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
    `| **query mix** (the ${r.operations.filter((o) => o.throughput.peer).length} operations the peer can answer, in turn) | | | | | | ` +
      `${rps(r.mix.service)} / ${rps(r.mix.raw)} / ${rps(r.mix.peer)} | ${ratio(r.mix.service.requestsPerSecond, r.mix.peer.requestsPerSecond)} | | | |`,
    '',
    ...(r.skipped ?? []).map(
      (x) => `Not measured: **${x.key}**, the service could not answer it: ${x.error}`,
    ),
    '',
    '## What the peer was asked',
    '',
    ...r.operations.map((o) => `- ${o.label}: ${o.peerNote}.`),
    '',
    '## Ingest',
    '',
    '| loader | events | documents | transactions | seconds | events/s |',
    '|---|---:|---:|---:|---:|---:|',
    ...(batched && naive
      ? [
          `| batched (${batched.events} sample) | ${batched.events} | ${batched.documents} | ${batched.transactions} | ${batched.seconds.toFixed(1)} | ${batched.eventsPerSecond.toFixed(0)} |`,
          `| naive, one transaction per fact (same sample) | ${naive.events} | ${naive.documents} | ${naive.transactions} | ${naive.seconds.toFixed(1)} | ${naive.eventsPerSecond.toFixed(0)} |`,
        ]
      : []),
    `| batched, the whole corpus${load.reused ? ` (loaded ${load.loadedAt})` : ''} | ${load.events} | ${load.documents} | ${load.transactions} | ${load.seconds.toFixed(0)} | ${load.eventsPerSecond.toFixed(0)} |`,
    '',
    batched && naive
      ? `Batched ÷ naive on the sample: **${ratio(batched.eventsPerSecond, naive.eventsPerSecond)}**.`
      : 'The batched-against-naive comparison was left out of this run (`--ingest-sample 0`).',
    '',
    '## Start and first requests',
    '',
    `The service was ready (its queries planned) ${(r.start.serviceReadyMs / 1000).toFixed(1)} s after start; the peer answered after ${(r.start.peerReadyMs / 1000).toFixed(1)} s. ` +
      `First request of each of the ${examples.length} GraphiQL examples after /ready: slowest ${examples
        .slice(0, 3)
        .map(([name, x]) => `${name} ${ms(x)} ms (then ${ms(r.examplesSecond[name] ?? null)} ms)`)
        .join(', ')}; ${slowExamples.length === 0 ? 'none' : slowExamples.length} at 100 ms or more. ` +
      `Each first request against the second asked right after: at most ${ratio(
        Math.max(...examples.map(([name, x]) => x / (r.examplesSecond[name] ?? x))),
        1,
      )} (a first request waiting on planning would take seconds).`,
    '',
    '## Peak memory under load (RSS)',
    '',
    Object.entries(r.peakRssMb)
      .map(([name, mb]) => `${name} ${mb} MB`)
      .join(', ') + '.',
    '',
  ].join('\n');
}

export function writeReport(result: BenchResult): { json: string; markdown: string } {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const json = path.join(RESULTS_DIR, `bench-${result.events}.json`);
  const md = path.join(RESULTS_DIR, `bench-${result.events}.md`);
  fs.writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
  fs.writeFileSync(md, markdown(result));
  return { json, markdown: md };
}
