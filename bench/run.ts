/**
 * `npm run bench -- --events N` (not part of `npm test`): loads N generated events into a local Neo4j
 * of their own (or reuses one loaded at that size), then measures, side by side in one run, this
 * service, the same Cypher through the raw driver, and the Neo4j GraphQL Library over the same
 * database: ingest, latency one at a time, throughput under concurrent connections, the first request
 * after start, PROFILE plans and peak memory. Writes bench/results/bench-N.{json,md} and redraws the
 * plot of every size measured so far. All traffic stays on 127.0.0.1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse, Kind, OperationTypeNode } from 'graphql';
import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { fromNeo4j } from '../src/db/convert';
import { createLogger } from '../src/logger';
import { captureQueries } from './capture';
import { benchQueries, compareIngest, openCorpus } from './corpus';
import { askGraphQL, askRaw, interleaved, loadHttp, loadRaw, type Ask } from './measure';
import { benchOperations, type Anchors, type GraphQLRequest } from './operations';
import { dbHits, seeksAreTwoSided } from './plans';
import { drawPlot } from './plot';
import { PeakMemory, ROOT, freePort, startChild } from './processes';
import { writeReport, type BenchResult, type OperationResult } from './report';
import { msSince } from './stats';

const USAGE = `usage: npm run bench -- [--events N] [--seed S] [--runs R] [--seconds T] [--connections C]
                       [--ingest-sample E] [--fresh]
  --events N         corpus size (default 100000); loaded once into .data/bench/events-N-seed-S
  --seed S           generator seed (default 1)
  --runs R           timed requests per operation and target, one at a time (default 40)
  --seconds T        length of each concurrent load, per operation and target (default 5)
  --connections C    concurrent connections under load (default 16)
  --ingest-sample E  events loaded both batched and naively for the ingest comparison (default 3000;
                     0 leaves the comparison out)
  --fresh            load the corpus again even if one of this size is there`;

function options() {
  const { values } = parseArgs({
    options: {
      events: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '1' },
      runs: { type: 'string', default: '40' },
      seconds: { type: 'string', default: '5' },
      connections: { type: 'string', default: '16' },
      'ingest-sample': { type: 'string', default: '3000' },
      fresh: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const whole = (name: keyof typeof values, min: number, max: number) => {
    const text = String(values[name]);
    const n = Number(text.replace(/_/g, ''));
    if (!/^\d[\d_]*$/.test(text) || n < min || n > max)
      throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
    return n;
  };
  return {
    events: whole('events', 1000, 10_000_000),
    seed: whole('seed', 0, 0xffffffff),
    runs: whole('runs', 5, 10_000),
    seconds: whole('seconds', 1, 600),
    connections: whole('connections', 1, 256),
    ingestSample: whole('ingest-sample', 0, 1_000_000),
    fresh: values.fresh,
  };
}

class UsageError extends Error {}

const step = (text: string) => process.stdout.write(`\n== ${text}\n`);

/** Each request once, timed: the first each target gets after it started. */
async function firstRequests(asks: Array<[string, Ask]>): Promise<Record<string, number>> {
  const ms: Record<string, number> = {};
  for (const [key, ask] of asks) {
    const started = process.hrtime.bigint();
    // A first request that fails is reported as NaN (the table says "failed"), not fatal.
    ms[key] = await ask().then(
      () => msSince(started),
      () => Number.NaN,
    );
  }
  return ms;
}

function exampleQueries(): Array<{ name: string; request: GraphQLRequest }> {
  const file = path.join(ROOT, 'schema', 'examples', 'operations.graphql');
  const text = fs.readFileSync(file, 'utf8');
  return parse(text).definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.QUERY && d.name
      ? [{ name: d.name.value, request: { query: text, variables: {}, operationName: d.name.value } }]
      : [],
  );
}

async function main(): Promise<void> {
  const opts = options();
  const logger = createLogger({ level: 'warn', format: 'pretty' });
  const startedAt = new Date().toISOString();

  let ingest: Awaited<ReturnType<typeof compareIngest>> | null = null;
  if (opts.ingestSample > 0) {
    step(`Ingest: batched against one transaction per fact, on ${opts.ingestSample} events`);
    ingest = await compareIngest(opts.ingestSample, opts.seed, logger);
    process.stdout.write(
      `batched ${ingest.batched.eventsPerSecond.toFixed(0)} events/s, naive ${ingest.naive.eventsPerSecond.toFixed(0)} events/s\n`,
    );
  }

  step(`Corpus of ${opts.events} events (seed ${opts.seed})`);
  const corpus = await openCorpus(opts, logger);
  const { runner } = corpus.database;
  const neo4jPid = corpus.database.localPid()!;
  const children: Array<{ stop(): Promise<void> }> = [];
  try {
    process.stdout.write(
      corpus.load.reused
        ? `reusing ${corpus.dataDir} (loaded ${corpus.load.loadedAt})\n`
        : `loaded in ${corpus.load.seconds.toFixed(0)} s: ${corpus.load.eventsPerSecond.toFixed(0)} events/s\n`,
    );
    const session = runner.driver.session({
      database: runner.database,
      defaultAccessMode: neo4j.session.READ,
    });
    const [size, anchorsRow] = await Promise.all([
      session
        .run(benchQueries.get('corpus-size'))
        .then((r) => r.records[0]!.get('events') as { toNumber(): number }),
      session.executeRead((tx) => tx.run(benchQueries.get('bench-anchors'), { atLeast: neo4j.int(20) })),
    ]).finally(() => session.close());
    const events = size.toNumber();
    const anchors = fromNeo4j(anchorsRow.records[0]!.toObject()) as Omit<Anchors, 'chainEndStart'> & {
      chainEndStart: { toISO(): string };
    };
    const operations = benchOperations({ ...anchors, chainEndStart: anchors.chainEndStart.toISO() });

    step('Starting the service (it plans its queries before /ready) and the Neo4j GraphQL Library');
    const neo4jEnv = {
      NEO4J_URI: corpus.database.uri,
      NEO4J_USERNAME: 'neo4j',
      NEO4J_PASSWORD: corpus.password,
    };
    const servicePort = await freePort();
    const serviceUrl = `http://127.0.0.1:${servicePort}/graphql`;
    const service = await startChild(
      'service',
      path.join(ROOT, 'dist', 'src', 'cli', 'start.js'),
      {
        ...neo4jEnv,
        PORT: String(servicePort),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        LOG_FORMAT: 'json',
        // One address sends everything; the per-client limit is for real clients.
        RATE_LIMIT_PER_MINUTE: '0',
      },
      serviceUrl,
      async () => (await fetch(`http://127.0.0.1:${servicePort}/ready`)).ok,
      path.join(corpus.dataDir, '..', `service-${opts.events}.log`),
    );
    children.push(service);
    const serviceCold = await firstRequests(
      operations.map((op) => [op.key, askGraphQL(serviceUrl, op.ours)]),
    );
    const examples = exampleQueries().map(({ name, request }): [string, Ask] => [
      name,
      askGraphQL(serviceUrl, request),
    ]);
    const examplesCold = await firstRequests(examples);
    // Asked again: a first request no slower than the second waited on no planning.
    const examplesSecond = await firstRequests(examples);
    const peerPort = await freePort();
    const peerUrl = `http://127.0.0.1:${peerPort}/graphql`;
    const peer = await startChild(
      'peer',
      path.join(ROOT, 'dist', 'bench', 'peer-server.js'),
      { ...neo4jEnv, PORT: String(peerPort) },
      peerUrl,
      async () =>
        (
          await fetch(peerUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ __typename }' }),
          })
        ).ok,
      path.join(corpus.dataDir, '..', `peer-${opts.events}.log`),
    );
    children.push(peer);
    const peerCold = await firstRequests(
      operations.flatMap((op) => (op.peer ? [[op.key, askGraphQL(peerUrl, op.peer)] as [string, Ask]] : [])),
    );
    process.stdout.write(`service ready in ${service.startMs} ms, peer in ${peer.startMs} ms\n`);

    step('Plans, one at a time, and under load');
    const memory = new PeakMemory({ service: service.pid, peer: peer.pid, neo4j: neo4jPid });
    memory.start();
    const results: OperationResult[] = [];
    const mix: { service: Ask[]; raw: Ask[] } = { service: [], raw: [] };
    const skipped: Array<{ key: string; error: string }> = [];
    for (const op of operations) {
      // An operation the service cannot answer at this size (past the transaction timeout) is
      // reported and skipped, so the other rows still land.
      const sent = await captureQueries(runner, op.ours).catch((error: unknown) => {
        skipped.push({
          key: op.key,
          error: error instanceof Error ? error.message.slice(0, 300) : String(error),
        });
        return null;
      });
      if (!sent) {
        process.stdout.write(`${op.key}: skipped, ${skipped.at(-1)!.error}\n`);
        continue;
      }
      const raw = askRaw(runner.driver, runner.database, sent);
      const plans = await profile(runner.driver, runner.database, sent);
      const targets: Record<string, Ask> = { service: askGraphQL(serviceUrl, op.ours), raw };
      if (op.peer) targets.peer = askGraphQL(peerUrl, op.peer);
      const latency = await interleaved(targets, opts.runs, 20_000);
      const throughput = {
        service: await loadHttp(serviceUrl, [op.ours], opts.connections, opts.seconds),
        raw: await loadRaw([raw], opts.connections, opts.seconds),
        peer: op.peer ? await loadHttp(peerUrl, [op.peer], opts.connections, opts.seconds) : null,
      };
      if (op.peer) {
        mix.service.push(targets.service!);
        mix.raw.push(raw);
      }
      results.push({
        key: op.key,
        label: op.label,
        peerNote: op.peerNote,
        queries: sent.map((event) => event.name),
        ...plans,
        latency,
        throughput,
        cold: { service: serviceCold[op.key]!, peer: peerCold[op.key] ?? null },
      });
      const r = results.at(-1)!;
      process.stdout.write(
        `${op.key}: p50 service ${latency.service!.p50Ms.toFixed(1)} / raw ${latency.raw!.p50Ms.toFixed(1)}` +
          (latency.peer ? ` / peer ${latency.peer.p50Ms.toFixed(1)}` : '') +
          ` ms; ${r.throughput.service.requestsPerSecond.toFixed(0)} / ${r.throughput.raw.requestsPerSecond.toFixed(0)}` +
          (r.throughput.peer ? ` / ${r.throughput.peer.requestsPerSecond.toFixed(0)}` : '') +
          ` req/s; ${r.dbHits} db hits\n`,
      );
    }
    const withPeer = operations.filter((op) => op.peer);
    const mixThroughput = {
      service: await loadHttp(
        serviceUrl,
        withPeer.map((op) => op.ours),
        opts.connections,
        opts.seconds * 2,
      ),
      raw: await loadRaw(mix.raw, opts.connections, opts.seconds * 2),
      peer: await loadHttp(
        peerUrl,
        withPeer.map((op) => op.peer!),
        opts.connections,
        opts.seconds * 2,
      ),
    };
    const peakRssMb = memory.stop();

    const result: BenchResult = {
      events: opts.events,
      eventsInDatabase: events,
      seed: opts.seed,
      startedAt,
      finishedAt: new Date().toISOString(),
      settings: { runs: opts.runs, seconds: opts.seconds, connections: opts.connections },
      anchors,
      ingest: { batched: ingest?.batched ?? null, naive: ingest?.naive ?? null, load: corpus.load },
      start: { serviceReadyMs: service.startMs, peerReadyMs: peer.startMs },
      examplesCold,
      examplesSecond,
      operations: results,
      skipped,
      mix: mixThroughput,
      peakRssMb,
    };
    const written = writeReport(result);
    const plot = await drawPlot();
    process.stdout.write(
      `\n${fs.readFileSync(written.markdown, 'utf8')}\nwrote ${written.json}, ${written.markdown}, ${plot}\n`,
    );
  } finally {
    for (const child of children.reverse()) await child.stop();
    await corpus.database.close();
  }
}

/** PROFILE of each query the operation sends: db hits in all, and whether its windows seek both sides. */
async function profile(driver: Driver, database: string, sent: Awaited<ReturnType<typeof captureQueries>>) {
  let hits = 0;
  const twoSided: Array<boolean | null> = [];
  for (const { sent: query } of sent) {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.executeRead((tx) => tx.run(`PROFILE ${query!.text}`, query!.params));
      const plan = result.summary.profile as ProfiledPlan;
      hits += dbHits(plan);
      twoSided.push(seeksAreTwoSided(plan));
    } finally {
      await session.close();
    }
  }
  const windows = twoSided.filter((x): x is boolean => x !== null);
  return { dbHits: hits, twoSidedSeeks: windows.length === 0 ? null : windows.every(Boolean) };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) process.stderr.write(`error: ${error.message}\n${USAGE}\n`);
    else
      process.stderr.write(
        `error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
