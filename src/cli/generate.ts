import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config';
import { openDatabase, type OpenDatabase } from '../service/open-database';
import { StartupError } from '../errors';
import { createLogger } from '../logger';
import { DocumentRejectedError } from '../model/problems';
import { generateCorpus, type GeneratedDocument } from '../generate/corpus';
import { ingestGenerated } from '../write/generated-corpus';

const USAGE = `usage: npm run generate -- --events N [--seed S] [--out DIR | --ingest]
  Writes a synthetic corpus of N events (exactly) in the ingest format, the same for the same N and S.
  --events N   how many events in all (10000, 100000, 1000000...)
  --seed S     0-4294967295 (default 1)
  --out DIR    one JSON file per document (default .data/generated/events-N-seed-S)
  --ingest     stream the documents through the ingest path into the configured Neo4j instead
               (NEO4J_URI, or the local Neo4j: LOCAL_NEO4J_BOLT_PORT, LOCAL_NEO4J_DATA_DIR), checked
               as documents are, written in batches of whole documents, one transaction each
  --batch N    events per ingest transaction, rounded up to whole documents (default 2000; 1 writes
               one document per transaction)`;

interface Options {
  events: number;
  seed: number;
  out: string | null;
  ingest: boolean;
  batchEvents: number;
}

function parseOptions(): Options | null {
  const { values } = parseArgs({
    options: {
      events: { type: 'string' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      ingest: { type: 'boolean', default: false },
      batch: { type: 'string', default: '2000' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || values.events === undefined) return null;
  const whole = (text: string, name: string, max: number) => {
    const n = Number(text.replace(/_/g, ''));
    if (!/^\d[\d_]*$/.test(text) || !Number.isSafeInteger(n) || n > max)
      throw new UsageError(`--${name} must be a whole number from 0 to ${max}`);
    return n;
  };
  if (values.ingest && values.out !== undefined) throw new UsageError('give --out or --ingest, not both');
  const events = whole(values.events, 'events', 100_000_000);
  const seed = whole(values.seed, 'seed', 0xffffffff);
  const out = values.ingest
    ? null
    : (values.out ?? path.join('.data', 'generated', `events-${events}-seed-${seed}`));
  const batchEvents = whole(values.batch, 'batch', 1_000_000);
  if (batchEvents === 0) throw new UsageError('--batch must be at least 1');
  if (!values.ingest && values.batch !== '2000') throw new UsageError('--batch only applies with --ingest');
  return { events, seed, out, ingest: values.ingest, batchEvents };
}

class UsageError extends Error {}

/** A bar in events on a terminal; elsewhere nothing until the summary. */
function progress(total: number): { tick(events: number, docs: number): void; stop(): void } {
  if (!process.stdout.isTTY) return { tick: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    { format: '[{bar}] {value}/{total} events, {docs} documents, {eta_formatted} left', etaBuffer: 200 },
    Presets.shades_classic,
  );
  bar.start(total, 0, { docs: 0 });
  let done = 0;
  return {
    tick: (events, docs) => {
      done += events;
      bar.update(done, { docs });
    },
    stop: () => bar.stop(),
  };
}

async function main(): Promise<number> {
  const options = parseOptions();
  if (!options) {
    process.stdout.write(`${USAGE}\n`);
    return process.argv.includes('--help') || process.argv.includes('-h') ? 0 : 2;
  }
  const corpus = generateCorpus({ events: options.events, seed: options.seed });
  let database: OpenDatabase | null = null;
  if (options.ingest) {
    const config = loadConfig(process.env, process.stdout.isTTY);
    const logger = createLogger({
      ...config.log,
      level: config.log.level === 'info' ? 'warn' : config.log.level,
    });
    database = await openDatabase(config, logger, { reuseRunningLocal: true });
  } else if (options.out) {
    fs.mkdirSync(options.out, { recursive: true });
  }

  const started = process.hrtime.bigint();
  const bar = progress(options.events);
  let documents = 0;
  let events = 0;
  let contradictions = 0;
  try {
    if (database) {
      ({ documents, events, contradictions } = await ingestGenerated(
        database.runner,
        corpus,
        options.batchEvents,
        (batchEvents, documentsSoFar) => bar.tick(batchEvents, documentsSoFar),
      ));
    } else {
      for (const generated of corpus) {
        write(options.out!, generated);
        documents += 1;
        events += generated.events;
        bar.tick(generated.events, documents);
      }
    }
  } finally {
    bar.stop();
    await database?.close();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const where = database ? `ingested into ${database.uri}` : `written to ${options.out}`;
  process.stdout.write(
    `${events} events in ${documents} documents ${where} in ${seconds.toFixed(1)} s: ` +
      `${Math.round(events / seconds)} events/s, ${(documents / seconds).toFixed(1)} documents/s\n`,
  );
  if (contradictions > 0) process.stderr.write(`warning: ${contradictions} time contradiction(s) stored\n`);
  return 0;
}

function write(out: string, { index, document }: GeneratedDocument): void {
  const file = path.join(out, `d${String(index).padStart(7, '0')}.json`);
  fs.writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\n${USAGE}\n`);
      process.exit(2);
    }
    if (error instanceof DocumentRejectedError || error instanceof StartupError)
      process.stderr.write(`error: ${error.message}\n`);
    else if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`error: ${error.message}\n${USAGE}\n`);
      process.exit(2);
    } else
      process.stderr.write(
        `error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
    process.exit(1);
  },
);
