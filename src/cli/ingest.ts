import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig, type AppConfig } from '../config';
import { openDatabase } from '../service/open-database';
import { StartupError } from '../errors';
import { createLogger, type Logger } from '../logger';
import type { PreparedDocument } from '../model/prepared';
import { DocumentRejectedError } from '../model/problems';
import { readDocument } from '../ingest/read-document';
import { checkDocument, ingestDocument } from '../write/write-document';

const USAGE = `usage: npm run ingest -- [--check] <document.json> [more.json ...]
  Loads documents in the seed format into the graph, one transaction each.
  --check   validate only (schema, sentences, times, and the ids each refers to against the
            configured database, read-only); nothing is written`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  if (values.help || positionals.length === 0) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const config = loadConfig(process.env, process.stdout.isTTY);
  const logger = createLogger({
    ...config.log,
    level: config.log.level === 'info' ? 'warn' : config.log.level,
  });

  // Every file is validated before anything is written.
  const documents = positionals.map((file) => readDocument(file));
  if (values.check) return check(documents, config, logger);

  const database = await openDatabase(config, logger, { reuseRunningLocal: true });
  try {
    for (const doc of documents) {
      const bar = process.stdout.isTTY
        ? new SingleBar({ format: `${doc.file} [{bar}] {value}/{total} rows {step}` }, Presets.shades_classic)
        : null;
      const report = await ingestDocument(database.runner, doc, (done, total, step) => {
        if (!bar) return;
        if (done === 0) bar.start(total, 0, { step });
        else bar.update(done, { step });
      });
      bar?.stop();
      process.stdout.write(
        `${doc.file}: ${report.rows} rows, ${report.nodesCreated} nodes and ${report.relationshipsCreated} relationships created, ${report.propertiesSet} properties set\n`,
      );
    }
  } finally {
    await database.close();
  }
  return 0;
}

/**
 * Checks every document's references against the database, as its ingest would (in a read
 * transaction): unknown ids are listed with their paths. Ids an earlier document of the same run
 * declares count as known, since that document is written first.
 */
async function check(documents: PreparedDocument[], config: AppConfig, logger: Logger): Promise<number> {
  const database = await openDatabase(config, logger, { reuseRunningLocal: true, readOnly: true });
  let refused = 0;
  const declaredBefore = new Set<string>();
  try {
    for (const doc of documents) {
      try {
        const { alreadyStored } = await checkDocument(database.runner, withoutDeclared(doc, declaredBefore));
        process.stdout.write(`ok ${doc.file} (${alreadyStored.length} of its ids already stored)\n`);
      } catch (error) {
        if (!(error instanceof DocumentRejectedError)) throw error;
        process.stderr.write(`error: ${error.message}\n`);
        refused += 1;
      }
      for (const { id } of doc.declared.actors) declaredBefore.add(id);
      for (const id of doc.declared.events) declaredBefore.add(id);
    }
  } finally {
    await database.close();
  }
  return refused === 0 ? 0 : 1;
}

function withoutDeclared(doc: PreparedDocument, declared: ReadonlySet<string>): PreparedDocument {
  const keep = (refs: Map<string, string[]>) => new Map([...refs].filter(([id]) => !declared.has(id)));
  return { ...doc, references: { actors: keep(doc.references.actors), events: keep(doc.references.events) } };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof DocumentRejectedError) process.stderr.write(`error: ${error.message}\n`);
    else if (error instanceof StartupError) process.stderr.write(`error: ${error.message}\n`);
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
