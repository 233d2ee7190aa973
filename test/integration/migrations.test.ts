import { queries } from '../../src/db/queries';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyMigrations, readMigrations } from '../../src/db/migrations';
import { createLogger } from '../../src/logger';
import { inspection, useTestRunners } from '../support/test-neo4j';

const fixtures = path.join(__dirname, '..', 'fixtures');
const logger = createLogger({ level: 'silent', format: 'json' });

describe('schema migrations against the real Neo4j', () => {
  const runners = useTestRunners('scratch');
  beforeEach(async () => {
    await runners.inspect.write(inspection.dropMigrationProbes, {});
    await runners.inspect.write(inspection.dropProbeIndexGood, {});
    await runners.inspect.write(inspection.dropProbeIndexHalf, {});
  });

  async function indexNames(): Promise<string[]> {
    return (await runners.inspect.read(inspection.indexNames, {})).rows.map((row) => row.name as string);
  }

  it("applies the project's migrations once, and a second start applies none of them", async () => {
    await applyMigrations(runners.runner, logger);
    const again = await applyMigrations(runners.runner, logger);
    expect(again).toEqual([]);
    expect(await indexNames()).toContain('schema_migration_id');
  });

  it('when a migration fails, its earlier statements are rolled back and the error names the file', async () => {
    await expect(
      applyMigrations(runners.runner, logger, path.join(fixtures, 'migrations-broken')),
    ).rejects.toThrow(
      /migration test\/fixtures\/migrations-broken\/0002-half-broken\.cypher failed and was rolled back/,
    );
    const names = await indexNames();
    expect(names).toContain('migration_probe_good');
    expect(names).not.toContain('migration_probe_half');
    const applied = (await runners.runner.read(queries.migrationsApplied, {})).rows.map((row) => row.id);
    expect(applied).toContain('0001-probe-index');
    expect(applied).not.toContain('0002-half-broken');
  });

  it('refuses to start when an applied migration file was edited afterwards', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eventgraph-migrations-'));
    const file = path.join(dir, '0001-probe-index.cypher');
    fs.copyFileSync(path.join(fixtures, 'migrations-good', '0001-probe-index.cypher'), file);
    expect(await applyMigrations(runners.runner, logger, dir)).toEqual(['0001-probe-index']);
    fs.appendFileSync(file, '\n// an edit after the fact\n');
    await expect(applyMigrations(runners.runner, logger, dir)).rejects.toThrow(
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

  it('runs a backfill of CALL ... IN TRANSACTIONS statements batch by batch, and refuses one mixed with others', () => {
    expect(readMigrations().flatMap((migration) => (migration.batched ? [migration.id] : []))).toEqual([
      '0007-relationship-source-lists',
      '0009-span-class-backfill',
      '0011-office-titles-backfill',
    ]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-mixed-'));
    fs.writeFileSync(
      path.join(dir, '0001-mixed.cypher'),
      'MATCH (n:Probe) CALL (n) { SET n.x = 1 } IN TRANSACTIONS OF 10 ROWS;\nMATCH (n:Probe) SET n.y = 1;\n',
    );
    expect(() => readMigrations(dir)).toThrow(/mixes CALL \.\.\. IN TRANSACTIONS statements with others/);
  });
});
