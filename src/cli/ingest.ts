import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config';
import { openDatabase } from '../service/open-database';
import { StartupError } from '../errors';
import { createLogger } from '../logger';
import { DocumentRejectedError } from '../model/problems';
import { ingestDocument } from '../ingest/ingest';
import { readDocument } from '../ingest/read-document';

const USAGE = `usage: npm run ingest -- [--check] <document.json> [more.json ...]
  Loads documents in the seed format into the graph, one transaction each.
  --check   validate only (schema, references, sentences, times); no database needed`;

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
  if (values.check) {
    for (const doc of documents) process.stdout.write(`ok ${doc.file}\n`);
    return 0;
  }

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
