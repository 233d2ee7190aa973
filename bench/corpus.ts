/**
 * The benchmark's data: a generated corpus of a given size in a local Neo4j of its own, loaded once
 * through the batched ingest path and reused by later runs at that size; and the ingest comparison,
 * batched against one transaction per fact, on a sample in a throwaway database.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../src/config';
import { QueryCatalog } from '../src/db/query-catalog';
import { generateCorpus } from '../src/generate/corpus';
import { parseDocument } from '../src/ingest/read-document';
import type { Logger } from '../src/logger';
import { openDatabase, type OpenDatabase } from '../src/service/open-database';
import { ingestGenerated } from '../src/write/generated-corpus';
import { ingestNaively } from './naive-loader';
import { freePort, ROOT } from './processes';
import { msSince } from './stats';

export const BATCH_EVENTS = 2000;
export const benchQueries = QueryCatalog.load(path.join(ROOT, 'bench', 'cypher'));

export interface IngestRun {
  events: number;
  documents: number;
  transactions: number;
  seconds: number;
  eventsPerSecond: number;
}

export interface LoadedCorpus {
  database: OpenDatabase;
  dataDir: string;
  password: string;
  /** The batched load of this size, measured when it was loaded (maybe by an earlier run). */
  load: IngestRun & { loadedAt: string; reused: boolean };
}

/** Settings for a local Neo4j on a free port over `dataDir`, whatever NEO4J_URI the shell has. */
async function localConfig(dataDir: string) {
  // One memory setting for every size, so sizes compare: heap 512 MB, page cache 512 MB unless set.
  const env: NodeJS.ProcessEnv = {
    LOCAL_NEO4J_HEAP_MB: '512',
    LOCAL_NEO4J_PAGECACHE_MB: '512',
    ...process.env,
    LOCAL_NEO4J_DATA_DIR: dataDir,
  };
  delete env.NEO4J_URI;
  env.LOCAL_NEO4J_BOLT_PORT = String(await freePort());
  return loadConfig(env, false);
}

function progressBar(total: number, what: string) {
  const bar = new SingleBar(
    {
      format: `${what} [{bar}] {value}/{total} events, {eta_formatted} left`,
      etaBuffer: 50,
      noTTYOutput: true,
      notTTYSchedule: 15_000,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}

export async function openCorpus(
  options: { events: number; seed: number; fresh: boolean },
  logger: Logger,
): Promise<LoadedCorpus> {
  const dataDir = path.join(ROOT, '.data', 'bench', `events-${options.events}-seed-${options.seed}`);
  const marker = path.join(dataDir, 'bench-load.json');
  if (options.fresh) fs.rmSync(dataDir, { recursive: true, force: true });
  const reusable = fs.existsSync(marker);
  if (!reusable) fs.rmSync(dataDir, { recursive: true, force: true });
  const config = await localConfig(dataDir);
  const database = await openDatabase(config, logger);
  const password = config.neo4j.password;
  if (reusable) {
    const load = JSON.parse(fs.readFileSync(marker, 'utf8')) as LoadedCorpus['load'];
    return { database, dataDir, password, load: { ...load, reused: true } };
  }
  const bar = progressBar(options.events, `Loading ${options.events} events`);
  const started = process.hrtime.bigint();
  let batches = 0;
  try {
    const done = await ingestGenerated(
      database.runner,
      generateCorpus({ events: options.events, seed: options.seed }),
      BATCH_EVENTS,
      (events) => {
        batches += 1;
        bar.increment(events);
      },
    );
    const seconds = msSince(started) / 1000;
    const load = {
      events: done.events,
      documents: done.documents,
      transactions: batches,
      seconds,
      eventsPerSecond: done.events / seconds,
      loadedAt: new Date().toISOString(),
    };
    // Written last: a load that stopped part way is started again, not reused.
    fs.writeFileSync(marker, `${JSON.stringify(load, null, 2)}\n`);
    return { database, dataDir, password, load: { ...load, reused: false } };
  } catch (error) {
    await database.close();
    throw error;
  } finally {
    bar.stop();
  }
}

/**
 * Batched against naive on the same sample, in one throwaway database: a warm-up load of another seed
 * (so neither loader pays for Neo4j planning its write queries or a cold JVM), then the batched load,
 * then the naive one, the facts deleted between them.
 */
export async function compareIngest(
  sampleEvents: number,
  seed: number,
  logger: Logger,
): Promise<{ batched: IngestRun; naive: IngestRun }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eventgraph-bench-ingest-'));
  const database = await openDatabase(await localConfig(dataDir), logger);
  const wipe = async () => {
    const session = database.runner.driver.session({ database: database.runner.database });
    try {
      await session.run(benchQueries.get('wipe-facts'));
    } finally {
      await session.close();
    }
  };
  try {
    const warmUp = generateCorpus({ events: Math.min(sampleEvents, 1000), seed: seed + 1 });
    await ingestGenerated(database.runner, warmUp, BATCH_EVENTS);
    for (const generated of generateCorpus({ events: 200, seed: seed + 2 }))
      await ingestNaively(database.runner, parseDocument(generated.document, generated.document.source.id));
    await wipe();

    let started = process.hrtime.bigint();
    let batches = 0;
    const batchedDone = await ingestGenerated(
      database.runner,
      generateCorpus({ events: sampleEvents, seed }),
      BATCH_EVENTS,
      () => (batches += 1),
    );
    const batched = run(batchedDone.events, batchedDone.documents, batches, msSince(started));

    await wipe();

    const bar = progressBar(sampleEvents, 'Naive loader (one transaction per fact)');
    started = process.hrtime.bigint();
    let transactions = 0;
    let documents = 0;
    let events = 0;
    for (const generated of generateCorpus({ events: sampleEvents, seed })) {
      transactions += await ingestNaively(
        database.runner,
        parseDocument(generated.document, generated.document.source.id),
      );
      documents += 1;
      events += generated.events;
      bar.increment(generated.events);
    }
    bar.stop();
    return { batched, naive: run(events, documents, transactions, msSince(started)) };
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const run = (events: number, documents: number, transactions: number, ms: number): IngestRun => ({
  events,
  documents,
  transactions,
  seconds: ms / 1000,
  eventsPerSecond: events / (ms / 1000),
});
