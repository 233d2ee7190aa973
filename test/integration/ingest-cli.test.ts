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
  const { uri, password } = testNeo4jConnection('scratch');
  const env = serviceEnv({ NEO4J_URI: uri, NEO4J_PASSWORD: password });

  it('loads a document into the configured Neo4j, and loading it again creates nothing', () => {
    const file = write('story.json', smallDocument(uniqueToken('cli')));
    const first = runCli([file], env);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(
      new RegExp(`^${file}: 7 rows, 7 nodes and 10 relationships created, \\d+ properties set\n$`),
    );
    expect(first.status).toBe(0);

    const second = runCli([file], env);
    expect(second.stdout).toMatch(new RegExp(`^${file}: 7 rows, 0 nodes and 0 relationships created`));
    expect(second.status).toBe(0);
  });

  it('with --check, lists every problem of the file by its path before it connects to a database', () => {
    const doc = smallDocument(uniqueToken('check'));
    doc.events[0].status = 'MAYBE';
    doc.statements[0].speaker = 'Alice';
    const file = write('broken.json', doc);
    const run = runCli(
      ['--check', file],
      // No wait for the server to come up (NEO4J_WAIT_MS, 60 s by default): say so at once.
      serviceEnv({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused1', NEO4J_WAIT_MS: '0' }),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`error: ${file} was refused, nothing was written (2 problems):`);
    expect(run.stderr).toMatch(/ {2}events\[0\]\.status: Invalid option/);
    expect(run.stderr).toContain('  statements[0].speaker: must be a stable id');
  });

  it('with --check, checks the ids a document refers to against the database it is pointed at, writing nothing', () => {
    const token = uniqueToken('checkdb');
    const doc = smallDocument(token);
    doc.events[0].participants.push({ actor: `person:xi-${token}`, role: 'COUNTERPART' });
    doc.events[0].partOf = `event:nope-${token}`;
    doc.statements[0].about.push(`person:xi-${token}`);
    const file = write('unknown-ids.json', doc);
    const refused = runCli(['--check', file], env);
    expect(refused.stderr).toBe(
      `error: ${file} was refused, nothing was written (3 problems):\n` +
        `  events[0].participants[2].actor: unknown actor id 'person:xi-${token}': declare it in this document's actors or load it first\n` +
        `  statements[0].about[2]: unknown actor id 'person:xi-${token}': declare it in this document's actors or load it first\n` +
        `  events[0].partOf: unknown event id 'event:nope-${token}': declare it in this document's events or load it first\n`,
    );
    expect(refused.stdout).toBe('');
    expect(refused.status).toBe(1);

    // The same document without the unknown ids is fine, and --check wrote none of it.
    const good = write('good.json', smallDocument(token));
    const ok = runCli(['--check', good], env);
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toBe(`ok ${good} (0 of its ids already stored)\n`);
    expect(ok.status).toBe(0);
    expect(runCli([good], env).status).toBe(0);
    expect(runCli(['--check', good], env).stdout).toBe(`ok ${good} (7 of its ids already stored)\n`);

    // An id declared by an earlier document of the same run is known: that document is written first.
    const first = smallDocument(uniqueToken('first'));
    const later = smallDocument(uniqueToken('later'));
    later.events[0].partOf = first.events[0].id;
    const laterFile = write('later.json', later);
    expect(runCli(['--check', laterFile], env).stderr).toContain(
      `  events[0].partOf: unknown event id '${first.events[0].id}'`,
    );
    const both = runCli(['--check', write('first.json', first), laterFile], env);
    expect(both.stderr).toBe('');
    expect(both.status).toBe(0);
  });

  it('with --check, reports times its links make contradict (an effect before its cause), writing nothing', () => {
    const token = uniqueToken('contracli');
    const doc = smallDocument(token);
    doc.source.text += ` The crisis began in 2020. The rupture came in 2018, caused by the crisis.`;
    const event = (id: string, expression: string, sentence: string) => ({
      id: `event:${id}-${token}`,
      type: 'OTHER',
      title: id,
      status: 'HAPPENED',
      time: { expression },
      participants: [{ actor: `person:alice-${token}`, role: 'AGENT' }],
      evidence: { sentence },
    });
    doc.events.push(
      event('crisis', 'in 2020', 'The crisis began in 2020.'),
      event('rupture', 'in 2018', 'The rupture came in 2018, caused by the crisis.'),
    );
    doc.eventLinks = [
      {
        from: `event:crisis-${token}`,
        type: 'CAUSED',
        to: `event:rupture-${token}`,
        modality: 'STATED',
        cue: 'caused by',
        evidence: { sentence: 'The rupture came in 2018, caused by the crisis.' },
      },
    ];
    const file = write('contradiction.json', doc);
    const checked = runCli(['--check', file], env);
    expect(checked.stderr).toMatch(
      new RegExp(`^${file}: \\d+ time contradiction\\(s\\), times that cannot all hold:\n`),
    );
    expect(checked.stderr).toContain(`  BEST: "rupture" would have to start no earlier than 1 Jan 2020`);
    expect(checked.stderr).toContain(`by event:crisis-${token} CAUSED event:rupture-${token}`);
    expect(checked.stdout).toBe('');
    expect(checked.status).toBe(1);
    // Nothing written: checking again after it still finds none of its ids stored.
    doc.eventLinks = [];
    const clean = runCli(['--check', write('clean.json', doc)], env);
    expect(clean.stdout).toBe(`ok ${path.join(dir, 'clean.json')} (0 of its ids already stored)\n`);
  });

  it('with --check, says so when the database cannot be reached', () => {
    const file = write('valid.json', smallDocument(uniqueToken('nodb')));
    const run = runCli(
      ['--check', file],
      // No wait for the server to come up (NEO4J_WAIT_MS, 60 s by default): say so at once.
      serviceEnv({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused1', NEO4J_WAIT_MS: '0' }),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
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
