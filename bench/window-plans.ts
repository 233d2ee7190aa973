/**
 * What a timeline window costs in Neo4j: `npm run bench:windows` (not part of `npm test`). Runs the
 * service's own timeline query, with the parameters the service builds, on the configured database
 * (the local Neo4j of LOCAL_NEO4J_DATA_DIR, loaded first with `npm run generate -- --events N
 * --ingest`): PROFILE db hits and rows, latency p50/p95 over BENCH_RUNS runs (default 15) after one
 * planning run, and whether every seek of the window is bounded on both sides. Narrow windows early
 * and late in time, a wide one, and the busiest and a quiet actor's timelines; writes
 * bench/results/window-plans-<events>.{json,md}.
 */
import fs from 'node:fs';
import path from 'node:path';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { fromNeo4j, toNeo4j } from '../src/db/convert';
import { QueryCatalog } from '../src/db/query-catalog';
import { OPEN_PAST } from '../src/graphql/arguments';
import { timelineFilters, type TimelineArgs } from '../src/graphql/lists';
import { createLogger } from '../src/logger';
import { EVERY_SOURCE } from '../src/model/source-scope';
import { openDatabase } from '../src/service/open-database';
import { parseDateArgument } from '../src/time';
import { dbHits, rowsRead, seeksAreTwoSided } from './plans';
import { msSince, summarise } from './stats';

const ROOT = path.resolve(__dirname, '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PAGE = 20;

interface Case {
  name: string;
  from?: string;
  to?: string;
  actor?: 'busy' | 'quiet';
}

const CASES: Case[] = [
  { name: 'narrow, early (a week in 1995)', from: '1995-03-06', to: '1995-03-12' },
  { name: 'narrow, late (a week in 2029)', from: '2029-03-05', to: '2029-03-11' },
  { name: 'narrow, story (a week in Jan 2026)', from: '2026-01-12', to: '2026-01-18' },
  { name: 'wide (the year 2018)', from: '2018', to: '2018' },
  { name: 'busy actor, first page', actor: 'busy' },
  { name: 'quiet actor, first page', actor: 'quiet' },
  { name: 'busy actor, a week in 2029', actor: 'busy', from: '2029-03-05', to: '2029-03-11' },
];
const benchQueries = QueryCatalog.load(path.join(ROOT, 'bench', 'cypher'));

interface Row {
  window: string;
  items: number;
  dbHits: number;
  rows: number;
  p50Ms: number;
  p95Ms: number;
  /** null: the plan seeks no window (it started from the actor). */
  twoSidedSeeks: boolean | null;
}

async function main() {
  const config = loadConfig(process.env, false);
  const logger = createLogger({ ...config.log, level: 'warn' });
  const database = await openDatabase(config, logger, { reuseRunningLocal: true });
  const text = QueryCatalog.load().get('timeline');
  const session = database.runner.driver.session({
    database: database.runner.database,
    defaultAccessMode: neo4j.session.READ,
  });
  try {
    const count = await session.run(benchQueries.get('corpus-size'));
    const events = (count.records[0]!.get('events') as { toNumber(): number }).toNumber();
    const degrees = await session.run(benchQueries.get('bench-anchors'), { atLeast: neo4j.int(PAGE) });
    const actors = {
      busy: fromNeo4j(degrees.records[0]!.get('busy')) as { id: string; events: number },
      quiet: fromNeo4j(degrees.records[0]!.get('quiet')) as { id: string; events: number },
    };
    const results: Row[] = [];
    for (const window of CASES) {
      const args = {
        from: window.from ? parseDateArgument(window.from) : null,
        to: window.to ? parseDateArgument(window.to) : null,
        match: 'POSSIBLY',
      } as TimelineArgs;
      const actor = window.actor ? actors[window.actor] : null;
      const params = toNeo4j({
        ...timelineFilters(args, EVERY_SOURCE),
        scopes: [{ key: 'all', actors: actor ? [actor.id] : [], allActors: false }],
        backward: false,
        cursor: { start: OPEN_PAST, depth: 0, id: '' },
        limit: PAGE + 1,
        withTotal: false,
      }) as Record<string, unknown>;
      await session.run(text, params);
      const profiled = await session.run(`PROFILE ${text}`, params);
      const plan = profiled.summary.profile as ProfiledPlan;
      const ms: number[] = [];
      for (let i = 0; i < RUNS; i += 1) {
        const started = process.hrtime.bigint();
        await session.run(text, params);
        ms.push(msSince(started));
      }
      const latency = summarise(ms);
      results.push({
        window: actor ? `${window.name} (${actor.id}, ${actor.events} events)` : window.name,
        items: (profiled.records[0]!.get('items') as unknown[]).length,
        dbHits: dbHits(plan),
        rows: rowsRead(plan),
        p50Ms: latency.p50Ms,
        p95Ms: latency.p95Ms,
        twoSidedSeeks: seeksAreTwoSided(plan),
      });
    }
    const early = results[0]!;
    const late = results[1]!;
    const busy = results[4]!;
    const quiet = results[5]!;
    const table = [
      `Timeline windows at ${events} events (${RUNS} runs each, first ${PAGE + 1} read; ${new Date().toISOString()})`,
      '',
      '| window | items | index rows read | db hits | p50 ms | p95 ms | two-sided seeks |',
      '|---|---:|---:|---:|---:|---:|---|',
      ...results.map(
        (r) =>
          `| ${r.window} | ${r.items} | ${r.rows} | ${r.dbHits} | ${r.p50Ms.toFixed(1)} | ${r.p95Ms.toFixed(1)} | ${r.twoSidedSeeks === null ? 'none: from the actor' : r.twoSidedSeeks ? 'yes' : 'no'} |`,
      ),
      '',
      `Late vs early narrow window: ${(late.p50Ms / early.p50Ms).toFixed(2)}x p50, ${(late.dbHits / early.dbHits).toFixed(2)}x db hits.`,
      `Busy vs quiet actor's first page: ${(busy.p50Ms / quiet.p50Ms).toFixed(2)}x p50, ${(busy.dbHits / quiet.dbHits).toFixed(2)}x db hits.`,
    ].join('\n');
    process.stdout.write(`${table}\n`);
    const out = path.join(ROOT, 'bench', 'results');
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(
      path.join(out, `window-plans-${events}.json`),
      `${JSON.stringify({ events, runs: RUNS, results }, null, 2)}\n`,
    );
    fs.writeFileSync(path.join(out, `window-plans-${events}.md`), `${table}\n`);
  } finally {
    await session.close();
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
