import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isLeafType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { read } from '../../src/db/queries';
import { projectRoot } from '../../src/project-root';
import type { QueryRunner } from '../../src/db/runner';
import { smallDocument, uniqueToken } from '../support/documents';
import { postGraphql, startHttpService, type TestHttpService } from '../support/http-service';
import { sha256 } from '../../src/server/auth';
import { useSeededStory } from '../support/story';
import { openInspectionRunner } from '../support/test-neo4j';

jest.setTimeout(300_000);

const WRITE_KEY = 'injection-writer-key-0123456789';
const CYPHER_DIR = path.join(projectRoot(), 'cypher');

/** Cypher, GraphQL and Lucene injection strings, odd unicode, and a 1 MB string. */
const CORPUS: Array<string | null> = [
  "'",
  '"',
  '\\',
  "' OR 1=1 //",
  '"}) DETACH DELETE n //',
  "'}) DETACH DELETE n //",
  '}) MATCH (n) DETACH DELETE n RETURN 1 //',
  "x' }) WITH 1 AS x CALL db.labels() YIELD label RETURN label //",
  '/* comment */ RETURN 1',
  '`) DETACH DELETE n //',
  '\u0027\u0022\u005c\u0000\u202e\ufeff',
  '${jndi:ldap://127.0.0.1/x}',
  '{ __schema { types { name } } }',
  '") { id } } mutation { retractEvent(id: "event:carney-visit-to-china", reason: "x") { id } } #',
  'title:* OR id:* AND NOT "a"~10 ^9 [a TO z] {a TO z} +x -y && || ! ( ) : \\',
  '*',
  '',
  '   ',
  '\n\r\t',
  'x'.repeat(1024 * 1024),
  null,
];

/** Valid-looking values for the other arguments, so the injected one is the only odd one out. */
const FILLERS: Record<string, string> = {
  id: 'event:carney-visit-to-china',
  event: 'event:carney-visit-to-china',
  from: '2018',
  to: '2026',
  asOf: '2026-01-31',
  heldOn: '2026-01-15',
  text: 'Carney',
  query: 'Carney',
  source: 'person:mark-carney',
  target: 'person:xi-jinping',
  actor: 'person:mark-carney',
};

function isStringLike(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return isScalarType(named) && !['Int', 'Float', 'Boolean'].includes(named.name);
}

/** A value for an input type; `inject` says whether string positions get the injected value. */
function valueFor(
  type: GraphQLInputType,
  name: string,
  injected: unknown,
  inject: (name: string) => boolean,
): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [valueFor(inner.ofType, name, injected, inject)];
  if (isInputObjectType(inner)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) || isStringLike(field.type)) {
        object[field.name] = valueFor(field.type, field.name, injected, inject);
      }
    }
    return object;
  }
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  const scalar = getNamedType(inner).name;
  if (scalar === 'Int' || scalar === 'Float') return 1;
  if (scalar === 'Boolean') return name === 'dryRun' ? true : false;
  if (scalar === 'JSON') return inject(name) ? injected : {};
  return inject(name) ? injected : (FILLERS[name] ?? 'x');
}

interface Case {
  label: string;
  query: string;
  variables: Record<string, unknown>;
}

function operation(
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  args: readonly GraphQLArgument[],
): string {
  const defs = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call = args.length ? `(${args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind}${defs ? `(${defs})` : ''} { ${field.name}${call}${selection} }`;
}

/** Every string argument (top level or inside an input object) of every query, one at a time; every mutation with all of them. */
function cases(schema: GraphQLSchema, value: unknown): Case[] {
  const out: Case[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const stringArgs = field.args.filter(
      (arg) => isStringLike(arg.type) || isInputObjectType(getNamedType(arg.type)),
    );
    for (const target of stringArgs) {
      const args = field.args.filter((arg) => arg === target || isNonNullType(arg.type));
      const variables = Object.fromEntries(
        args.map((arg) => [arg.name, valueFor(arg.type, arg.name, value, () => arg === target)]),
      );
      out.push({ label: `${field.name}(${target.name})`, query: operation('query', field, args), variables });
    }
  }
  for (const field of Object.values(schema.getMutationType()!.getFields())) {
    const args = field.args;
    const variables = Object.fromEntries(
      args.map((arg) => [arg.name, valueFor(arg.type, arg.name, value, () => true)]),
    );
    out.push({ label: field.name, query: operation('mutation', field, args), variables });
  }
  return out;
}

const allNodes = read<Record<string, never>, Record<string, unknown>>('all-nodes');
const allRelationships = read<Record<string, never>, Record<string, unknown>>('all-relationships');

async function fingerprint(inspect: QueryRunner) {
  const nodes = (await inspect.read(allNodes, {})).rows.map((row) => JSON.stringify(row)).sort();
  const relationships = (await inspect.read(allRelationships, {})).rows
    .map((row) => JSON.stringify(row))
    .sort();
  const hash = createHash('sha256');
  for (const line of [...nodes, '--', ...relationships]) hash.update(line);
  return { nodes: nodes.length, relationships: relationships.length, checksum: hash.digest('hex') };
}

/** Lines of the service's own Cypher long enough to be recognised if a response ever carried one. */
const OWN_CYPHER_LINES = [
  ...new Set(
    fs
      .readdirSync(CYPHER_DIR, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.cypher'))
      .flatMap((file) => fs.readFileSync(path.join(CYPHER_DIR, file), 'utf8').split('\n'))
      .map((line) => line.trim())
      .filter((line) => line.length >= 16 && !line.startsWith('//')),
  ),
];

/** What gives away the server's insides: driver error codes, stack frames, Cypher clauses. */
const LEAK_PATTERNS: Array<[string, RegExp]> = [
  ['a Neo4j error code', /\bNeo\.(Client|Database|Transient)Error\b/],
  ['a driver error', /\bNeo4jError\b|\bServiceUnavailable\b/],
  [
    'a stack frame',
    /\bat (?:async )?(?:Object\.|Module\.|new |[\w$.<>]+ \()|\bat (?:\/|file:|node:)\S+:\d+:\d+/,
  ],
  ['a source location', /\.(?:js|ts):\d+:\d+/],
  [
    'a Cypher clause',
    /\b(?:MATCH|MERGE|UNWIND|OPTIONAL MATCH)\s*\(|\bRETURN\s+\w|\bDETACH DELETE\b|\$\w+\s*[,})]/,
  ],
];

/**
 * Leaks in an answer, after taking out the client's own value wherever it is echoed back: a NOT_FOUND
 * message names the id that was asked for, a variable-coercion error quotes the value it refused. That
 * is the client's input, not the server's Cypher; Cypher around it, a Neo4j code or a stack frame is not.
 */
function leaks(body: unknown, value: unknown): string[] {
  const echoes =
    typeof value === 'string' && value.length > 0
      ? [JSON.stringify(value), JSON.stringify(value).slice(1, -1), value].sort((a, b) => b.length - a.length)
      : [];
  const found: string[] = [];
  const visit = (node: unknown) => {
    if (typeof node === 'string') {
      const rest = echoes.reduce((text, echo) => text.split(echo).join('\u2026'), node.slice(0, 20_000));
      for (const [what, pattern] of LEAK_PATTERNS) {
        if (pattern.test(rest)) found.push(`${what} in ${JSON.stringify(rest.slice(0, 160))}`);
      }
      for (const line of OWN_CYPHER_LINES) {
        if (rest.includes(line)) found.push(`our Cypher ${JSON.stringify(line)}`);
      }
    } else if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(body);
  return found;
}

describe('the leak rule of the injection test', () => {
  const injected = '}) MATCH (n) DETACH DELETE n RETURN 1 //';
  it("passes the client's own value echoed back in NOT_FOUND and variable-coercion errors", () => {
    const echoed = {
      errors: [
        { message: `no event has the id '${injected}'`, extensions: { code: 'NOT_FOUND', id: injected } },
        {
          message: `Variable "$from" got invalid value ${JSON.stringify(injected)}; expected a date`,
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    };
    expect(leaks(echoed, injected)).toEqual([]);
  });

  it('catches a Neo4j error code, a stack frame and Cypher that was not in the input, echoed value or not', () => {
    const wrapped = (message: string) => ({ errors: [{ message, extensions: { code: 'X' } }] });
    expect(
      leaks(wrapped(`Neo.ClientError.Statement.SyntaxError: Invalid input '${injected}'`), injected),
    ).toEqual([expect.stringMatching(/^a Neo4j error code/)]);
    expect(leaks(wrapped('boom\n    at Object.<anonymous> (/srv/app/dist/x.js:10:5)'), injected)).not.toEqual(
      [],
    );
    expect(leaks(wrapped(`MATCH (e:Event {id: '${injected}'}) RETURN e`), injected)).not.toEqual([]);
    expect(leaks(wrapped(`no event with id ${injected}: ${OWN_CYPHER_LINES[0]}`), injected)).not.toEqual([]);
    expect(leaks(wrapped(`no event has the id '${injected}'`), 'something else')).not.toEqual([]);
  });
});

describe('injection strings in every string argument', () => {
  const story = useSeededStory('scratch');
  let service: TestHttpService;
  let inspect: QueryRunner;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    inspect = await openInspectionRunner('scratch');
    service = await startHttpService(story.runner, (s) => {
      s.rateLimitPerMinute = 0;
      s.auth.apiKeys = [{ name: 'injector', role: 'write', sha256: sha256(WRITE_KEY) }];
    });
    const introspection = await postGraphql(service.url, { query: getIntrospectionQuery() });
    schema = buildClientSchema(introspection.body.data as IntrospectionQuery);
  });
  afterAll(async () => {
    await service.close();
    await inspect.driver.close();
  });

  it('derives its targets from the schema: every query and mutation with a string argument', () => {
    const labels = cases(schema, 'x').map((c) => c.label);
    expect(labels).toEqual(
      expect.arrayContaining(['timeline(from)', 'search(text)', 'event(id)', 'ingestDocument']),
    );
    expect(labels.length).toBeGreaterThan(30);
  });

  it('never answers 500, never leaks Cypher or a stack, and leaves the database as it was', async () => {
    const before = await fingerprint(inspect);
    expect(before.nodes).toBeGreaterThan(50);
    const failures: string[] = [];
    let sent = 0;
    for (const value of CORPUS) {
      const all = cases(schema, value);
      // The document of an ingest dry run carries the value too, in every text field.
      const token = uniqueToken('inj');
      const doc = JSON.parse(
        JSON.stringify(smallDocument(token)).replace(new RegExp(token, 'g'), '§'),
      ) as object;
      const injectedDoc = JSON.parse(
        JSON.stringify(doc).replace(/"§"|§/g, () => JSON.stringify(value ?? '').slice(1, -1)),
      ) as object;
      all.push({
        label: 'ingestDocument(dry run document)',
        query: 'mutation($d: JSON!) { ingestDocument(document: $d, dryRun: true) { dryRun } }',
        variables: { d: injectedDoc },
      });
      for (const c of all) {
        const answer = await postGraphql(
          service.url,
          { query: c.query, variables: c.variables },
          {
            authorization: `Bearer ${WRITE_KEY}`,
          },
        );
        sent++;
        const text = JSON.stringify(answer.body);
        const shown = `${c.label} <- ${JSON.stringify(value)?.slice(0, 40)}`;
        if (answer.status >= 500) failures.push(`${shown}: HTTP ${answer.status}`);
        if (/INTERNAL_SERVER_ERROR|Unexpected error/.test(text)) failures.push(`${shown}: unexpected error`);
        const leaked = leaks(answer.body, value);
        if (leaked.length > 0) failures.push(`${shown}: leaked ${leaked.join('; ').slice(0, 300)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(600);
    expect(await fingerprint(inspect)).toEqual(before);
  });
});
