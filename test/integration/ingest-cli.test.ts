import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';
import { smallDocument, uniqueToken } from '../support/documents';
import { serviceEnv } from '../support/service-process';
import { testNeo4jConnection } from '../support/test-neo4j';

const CLI = path.join(projectRoot(), 'dist', 'src', 'cli', 'ingest.js');

function runCli(args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run ingest', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eventgraph-ingest-cli-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, doc: unknown) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify(doc));
    return file;
  };
  const { uri, password } = testNeo4jConnection();
  const env = serviceEnv({ NEO4J_URI: uri, NEO4J_PASSWORD: password });

  it('loads a document into the configured Neo4j, and loading it again creates nothing', () => {
    const file = write('story.json', smallDocument(uniqueToken('cli')));
    const first = runCli([file], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(
      new RegExp(`^${file}: 7 rows, 7 nodes and 9 relationships created, \\d+ properties set\n$`),
    );
    expect(first.status).toBe(0);

    const second = runCli([file], env);
    expect(second.stdout).toMatch(new RegExp(`^${file}: 7 rows, 0 nodes and 0 relationships created`));
    expect(second.status).toBe(0);
  });

  it('with --check, validates without a database and lists every problem by its path', () => {
    const doc = smallDocument(uniqueToken('check'));
    doc.events[0].status = 'MAYBE';
    doc.statements[0].speaker = 'Alice';
    const file = write('broken.json', doc);
    const run = runCli(
      ['--check', file],
      serviceEnv({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused1' }),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`error: ${file} was refused, nothing was written (2 problems):`);
    expect(run.stderr).toMatch(/ {2}events\[0\]\.status: Invalid option/);
    expect(run.stderr).toContain('  statements[0].speaker: must be a stable id');
  });

  it('says so when a file is not JSON, and prints its usage without arguments', () => {
    const file = path.join(dir, 'notes.json');
    fs.writeFileSync(file, 'not json');
    expect(runCli(['--check', file], env).stderr).toMatch(
      /was refused, nothing was written \(1 problem\):\n {2}\(document\): cannot be read as JSON/,
    );
    const usage = runCli([], env);
    expect(usage.status).toBe(2);
    expect(usage.stdout).toMatch(/^usage: npm run ingest -- \[--check\] <document\.json>/);
  });
});
