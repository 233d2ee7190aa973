import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCAL_NEO4J_DEFAULT_PASSWORD, loadConfig } from '../../src/config';
import { projectRoot } from '../../src/project-root';
import { exportJWK, generateKeyPair } from 'jose';

describe('configuration from the environment', () => {
  it('with nothing set, it starts a local Neo4j on 7687 and serves on 127.0.0.1:4000', () => {
    const config = loadConfig({});
    expect(config.http).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(config.neo4j).toEqual({
      kind: 'local',
      boltPort: 7687,
      dataDir: path.join(projectRoot(), '.data', 'neo4j'),
      password: LOCAL_NEO4J_DEFAULT_PASSWORD,
      heapMb: 512,
      pageCacheMb: 256,
      cacheDir: path.join(projectRoot(), 'neo4j-local', 'target'),
    });
    expect(config.log).toEqual({ level: 'info', format: 'json' });
  });

  it('with NEO4J_URI set, it connects there and launches nothing', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j://db.example:7687',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'news',
    });
    expect(config.neo4j).toEqual({
      kind: 'external',
      uri: 'neo4j://db.example:7687',
      username: 'neo4j',
      password: 'pw',
      database: 'news',
      waitMs: 60_000,
    });
  });

  it('waits NEO4J_WAIT_MS for that server at start-up, and refuses a wait that is not a duration', () => {
    const env = { NEO4J_URI: 'bolt://db.example:7687', NEO4J_PASSWORD: 'pw' };
    expect(loadConfig({ ...env, NEO4J_WAIT_MS: '0' }).neo4j).toMatchObject({ waitMs: 0 });
    expect(loadConfig({ ...env, NEO4J_WAIT_MS: '5000' }).neo4j).toMatchObject({ waitMs: 5_000 });
    expect(() => loadConfig({ ...env, NEO4J_WAIT_MS: 'soon' })).toThrow(
      /NEO4J_WAIT_MS must be a whole number of milliseconds from 0 to 3600000 \(got 'soon'\)/,
    );
  });

  it('with NEO4J_URI but no password, it says which variable is missing', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(
      'NEO4J_URI is set but NEO4J_PASSWORD is not. Fix: set NEO4J_PASSWORD for that server',
    );
  });

  it('names every malformed variable in one error, and never echoes a password', () => {
    expect(() =>
      loadConfig({
        PORT: '0',
        NEO4J_URI: 'http://db:7474',
        LOCAL_NEO4J_PASSWORD: 'short',
        LOG_FORMAT: 'xml',
      }),
    ).toThrow(
      "invalid environment: PORT must be a port number from 1 to 65535 (got '0'); " +
        "LOG_FORMAT must be pretty or json (got 'xml'); " +
        "NEO4J_URI must look like bolt://host:7687 or neo4j://host:7687 (got 'http://db:7474'); " +
        'LOCAL_NEO4J_PASSWORD Neo4j needs at least 8 characters (got hidden)',
    );
  });

  it('resolves relative folders against the project root, whatever the working directory', () => {
    const config = loadConfig({ LOCAL_NEO4J_DATA_DIR: 'tmp/db', SEED_DIR: '/abs/seed' });
    expect(config.neo4j.kind === 'local' && config.neo4j.dataDir).toBe(path.join(projectRoot(), 'tmp', 'db'));
    expect(config.seedDir).toBe('/abs/seed');
  });

  it('logs readable lines in a terminal and JSON otherwise, unless LOG_FORMAT says', () => {
    expect(loadConfig({}, true).log.format).toBe('pretty');
    expect(loadConfig({ LOG_FORMAT: 'json' }, true).log.format).toBe('json');
  });

  it('keeps the mutations lock open unless ENABLE_MUTATIONS is false, and names any other value', () => {
    expect(loadConfig({}).mutationsEnabled).toBe(true);
    expect(loadConfig({ ENABLE_MUTATIONS: 'false' }).mutationsEnabled).toBe(false);
    expect(loadConfig({ ENABLE_MUTATIONS: 'true' }).mutationsEnabled).toBe(true);
    expect(() => loadConfig({ ENABLE_MUTATIONS: 'yes' })).toThrow(
      "invalid environment: ENABLE_MUTATIONS must be true or false (got 'yes')",
    );
  });
});

describe('JWT_JWKS_FILE', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eventgraph-jwks-config-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const where = path.join(dir, name);
    fs.writeFileSync(where, text);
    return where;
  };

  it('reads the public keys of the file into a key set', async () => {
    const { publicKey } = await generateKeyPair('ES256');
    const where = file(
      'good.json',
      JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'a' }] }),
    );
    expect(typeof loadConfig({ JWT_JWKS_FILE: where }).security.auth.jwks).toBe('function');
  });

  it('names the problem with a missing, malformed, empty or private file', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const cases: Array<[string, RegExp]> = [
      [path.join(dir, 'absent.json'), /JWT_JWKS_FILE names a file that cannot be read/],
      [file('bad.json', '{ keys: '), /JWT_JWKS_FILE names a file that is not JSON/],
      [file('empty.json', '{"keys": []}'), /JWT_JWKS_FILE names a file without a "keys" list of JWKs/],
      [
        file('private.json', JSON.stringify({ keys: [await exportJWK(privateKey)] })),
        /JWT_JWKS_FILE names a file with a private or secret key/,
      ],
    ];
    for (const [where, message] of cases) {
      expect(() => loadConfig({ JWT_JWKS_FILE: where })).toThrow(message);
    }
  });
});
