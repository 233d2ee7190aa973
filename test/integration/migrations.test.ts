import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyMigrations, readMigrations } from '../../src/db/migrations';
import type { QueryRunner } from '../../src/db/runner';
import { createLogger } from '../../src/logger';
import { openInspectionRunner, openTestRunner } from '../support/test-neo4j';

const fixtures = path.join(__dirname, '..', 'fixtures');
const logger = createLogger({ level: 'silent', format: 'json' });

describe('schema migrations against the real Neo4j', () => {
  let runner: QueryRunner;
  let inspect: QueryRunner;

  beforeAll(async () => {
    runner = await openTestRunner();
    inspect = await openInspectionRunner();
  });
  afterAll(async () => {
    await runner.driver.close();
    await inspect.driver.close();
  });
  beforeEach(async () => {
    await inspect.write('drop-migration-probes');
    await inspect.write('drop-probe-index-good');
    await inspect.write('drop-probe-index-half');
  });

  async function indexNames(): Promise<string[]> {
    return (await inspect.read('index-names')).rows.map((row) => row.name as string);
  }

  it("applies the project's migrations once, and a second start applies none of them", async () => {
    await applyMigrations(runner, logger);
    const again = await applyMigrations(runner, logger);
    expect(again).toEqual([]);
    expect(await indexNames()).toContain('schema_migration_id');
  });

  it('when a migration fails, its earlier statements are rolled back and the error names the file', async () => {
    await expect(applyMigrations(runner, logger, path.join(fixtures, 'migrations-broken'))).rejects.toThrow(
      /migration test\/fixtures\/migrations-broken\/0002-half-broken\.cypher failed and was rolled back/,
    );
    const names = await indexNames();
    expect(names).toContain('migration_probe_good');
    expect(names).not.toContain('migration_probe_half');
    const applied = (await runner.read('migrations-applied')).rows.map((row) => row.id);
    expect(applied).toContain('0001-probe-index');
    expect(applied).not.toContain('0002-half-broken');
  });

  it('refuses to start when an applied migration file was edited afterwards', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eventgraph-migrations-'));
    const file = path.join(dir, '0001-probe-index.cypher');
    fs.copyFileSync(path.join(fixtures, 'migrations-good', '0001-probe-index.cypher'), file);
    expect(await applyMigrations(runner, logger, dir)).toEqual(['0001-probe-index']);
    fs.appendFileSync(file, '\n// an edit after the fact\n');
    await expect(applyMigrations(runner, logger, dir)).rejects.toThrow(
      /0001-probe-index\.cypher was changed after it was applied/,
    );
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads statements split at semicolons that end a line, leaving out comment lines', () => {
    const [good, broken] = readMigrations(path.join(fixtures, 'migrations-broken'));
    expect(good?.statements).toHaveLength(1);
    expect(broken?.statements).toEqual([
      'CREATE INDEX migration_probe_half IF NOT EXISTS FOR (n:MigrationProbe) ON (n.half)',
      'CREATE INDEX migration_probe_duplicate FOR (n:MigrationProbe) ON (n.good)',
    ]);
  });
});
