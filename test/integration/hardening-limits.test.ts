import fs from 'node:fs';
import { getIntrospectionQuery } from 'graphql';
import { DatabaseError, QueryRunner } from '../../src/db/runner';
import { QueryCatalog } from '../../src/db/query-catalog';
import { read } from '../../src/db/queries';

const slowCount = read<Record<string, never>, { count: number }>('slow-count');
import { connect } from '../../src/db/driver';
import { EXAMPLE_OPERATIONS_FILE } from '../../src/server/app';
import { buildSchema } from '../../src/graphql/schema';
import { queryCost } from '../../src/server/limits';
import { defaultSecurityConfig } from '../../src/server/security-config';
import { parse } from 'graphql';
import { postGraphql, startHttpService, type TestHttpService } from '../support/http-service';
import { useSeededStory } from '../support/story';
import { testNeo4jConnection, testQueries } from '../support/test-neo4j';

jest.setTimeout(60_000);

/** `timeline(first:100) → participants → actor → timeline(first:100) → ...`, `levels` timelines deep. */
function nestedTimelines(levels: number): string {
  const level = (n: number): string =>
    n === 0
      ? 'id'
      : `timeline(first: 100) { edges { node { title participants { actor { name ${level(n - 1)} } } } } }`;
  return `{ ${level(levels)} }`;
}

describe('query limits, on the real server', () => {
  const story = useSeededStory();
  let service: TestHttpService;
  const sent: string[] = [];
  beforeAll(async () => {
    service = await startHttpService(story.runner);
    story.runner.onQuery((event) => sent.push(event.name));
  });
  afterAll(() => service.close());

  it('refuses the four-level nested timeline in milliseconds, naming the cost limit and the cost, and runs nothing', async () => {
    sent.length = 0;
    const started = Date.now();
    const answer = await postGraphql(service.url, { query: nestedTimelines(4) });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(500);
    expect(answer.body.data).toBeUndefined();
    const cost = answer.body.errors.find(
      (e: { extensions: { limit: string } }) => e.extensions.limit === 'cost',
    );
    expect(cost).toMatchObject({
      message: expect.stringMatching(/^Query cost limit of 50000 exceeded, found \d+ \(limit: cost\)/),
      extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost', maxCost: 50000 },
    });
    expect(cost.extensions.cost).toBeGreaterThan(1e9);
    expect(sent).toEqual([]);
  });

  it('refuses a shallow but wide one (two levels of 100) by cost alone', async () => {
    const answer = await postGraphql(service.url, { query: nestedTimelines(2) });
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors[0].extensions).toMatchObject({ limit: 'cost', code: 'QUERY_LIMIT_EXCEEDED' });
  });

  it('counts page sizes given as variables', async () => {
    const query = `query($n: Int) { timeline(first: $n) { edges { node { participants { actor { timeline(first: $n) { totalCount } } } } } } }`;
    const small = await postGraphql(service.url, { query, variables: { n: 2 } });
    expect(small.body.errors).toBeUndefined();
    const large = await postGraphql(service.url, { query, variables: { n: 100 } });
    expect(large.body.errors[0].extensions.limit).toBe('cost');
  });

  it('every GraphiQL example costs less than the limit and stays within the depth limit', () => {
    const schema = buildSchema();
    const limits = defaultSecurityConfig().limits;
    const document = parse(fs.readFileSync(EXAMPLE_OPERATIONS_FILE, 'utf8'));
    const names = document.definitions.flatMap((d) => ('name' in d && d.name ? [d.name.value] : []));
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      expect([name, queryCost(schema, document, limits.listSize, {}, name)]).toEqual([
        name,
        expect.any(Number),
      ]);
      expect(queryCost(schema, document, limits.listSize, {}, name)).toBeLessThan(limits.maxCost / 4);
    }
  });

  const deep = (depth: number) =>
    `{ event(id: "x") { ${'parts { '.repeat(depth)} id ${'} '.repeat(depth)} } }`;

  it.each([
    ['an operation named __schema', (body: string) => `query __schema ${body}`],
    [
      'a fragment named __schema',
      (body: string) => `query Q { ...__schema } fragment __schema on Query ${body}`,
    ],
  ])('refuses %s that is deeper than the limit (the 2025 bypass)', async (_name, wrap) => {
    const answer = await postGraphql(service.url, { query: wrap(deep(16)) });
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toContainEqual(
      expect.objectContaining({
        message: expect.stringMatching(/^Query depth limit of 15 exceeded, found \d+\. \(limit: depth\)/),
        extensions: expect.objectContaining({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth' }),
      }),
    );
  });

  it.each([
    ['an operation named __schema', (body: string) => `query __schema ${body}`],
    [
      'a fragment named __schema',
      (body: string) => `query Q { ...__schema } fragment __schema on Query ${body}`,
    ],
  ])('refuses %s that is costlier than the limit', async (_name, wrap) => {
    const answer = await postGraphql(service.url, {
      query: wrap(
        `{ timeline(first: 100) { edges { node { participants { actor { timeline(first: 100) { edges { node { title } } } } } } } } }`,
      ),
    });
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ limit: 'cost' }) }),
    ]);
  });

  it('answers the standard introspection query, but refuses a depth-20 one', async () => {
    const standard = await postGraphql(service.url, { query: getIntrospectionQuery() });
    expect(standard.body.errors).toBeUndefined();
    expect(standard.body.data.__schema.queryType.name).toBe('Query');
    const ofTypes = (n: number): string => (n === 0 ? 'name' : `name ofType { ${ofTypes(n - 1)} }`);
    const deepIntrospection = `{ __schema { types { fields { type { ${ofTypes(17)} } } } } }`;
    const answer = await postGraphql(service.url, { query: deepIntrospection });
    expect(answer.body.errors[0].extensions.limit).toBe('depth');
  });

  it('refuses 2,000 aliases, naming the limit', async () => {
    const aliases = Array.from({ length: 2000 }, (_, i) => `a${i}: __typename`).join(' ');
    const answer = await postGraphql(service.url, { query: `{ ${aliases} }` });
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/limit of \d+ exceeded/),
      extensions: { code: 'QUERY_LIMIT_EXCEEDED' },
    });
    const some = Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ');
    const tooMany = await postGraphql(service.url, { query: `{ ${some} }` });
    expect(tooMany.body.errors[0]).toMatchObject({
      message: 'Aliases limit of 30 exceeded, found 31. (limit: aliases)',
      extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'aliases' },
    });
  });

  it('refuses too many directives and too many tokens, each by name', async () => {
    const directives = `{ __typename ${'@include(if: true) '.repeat(31)} }`;
    const d = await postGraphql(service.url, { query: directives });
    expect(d.body.errors[0].extensions.limit).toBe('directives');
    const tokens = `{ ${'__typename '.repeat(6000)} }`;
    const t = await postGraphql(service.url, { query: tokens });
    expect(t.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/^Token limit of 5000 exceeded/),
      extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'tokens' },
    });
  });

  it('does not suggest field names ("Did you mean") unless GRAPHQL_SUGGESTIONS is on', async () => {
    const answer = await postGraphql(service.url, { query: '{ timelin { totalCount } }' });
    expect(answer.body.errors[0].message).toMatch(/Cannot query field "timelin"/);
    expect(JSON.stringify(answer.body)).not.toMatch(/Did you mean/i);
    const open = await startHttpService(story.runner, (s) => (s.limits.suggestions = true));
    try {
      const suggested = await postGraphql(open.url, { query: '{ timelin { totalCount } }' });
      expect(suggested.body.errors[0].message).toMatch(/Did you mean "timeline"/);
    } finally {
      await open.close();
    }
  });

  it('with introspection off, refuses __schema and __type but still answers __typename', async () => {
    const closed = await startHttpService(story.runner, (s) => (s.limits.introspection = false));
    try {
      const schemaAnswer = await postGraphql(closed.url, { query: '{ __schema { types { name } } }' });
      expect(schemaAnswer.body.errors[0].message).toMatch(/introspection/i);
      const typeAnswer = await postGraphql(closed.url, { query: '{ __type(name: "Event") { name } }' });
      expect(typeAnswer.body.errors[0].message).toMatch(/introspection/i);
      const plain = await postGraphql(closed.url, { query: '{ __typename }' });
      expect(plain.body).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await closed.close();
    }
  });

  it('replaces a response over RESPONSE_MAX_BYTES by an error that names the size and the limit', async () => {
    const small = await startHttpService(story.runner, (s) => (s.limits.maxResponseBytes = 2048));
    try {
      const answer = await postGraphql(small.url, {
        query: '{ timeline(first: 50) { edges { node { id title } } } }',
      });
      expect(answer.body.data).toBeUndefined();
      expect(answer.body.errors[0]).toMatchObject({
        message: expect.stringMatching(
          /^the response would be \d+ bytes, over the limit of 2048 \(RESPONSE_MAX_BYTES\)/,
        ),
        extensions: { code: 'RESPONSE_TOO_LARGE', maxBytes: 2048 },
      });
    } finally {
      await small.close();
    }
  });
});

describe('the transaction timeout', () => {
  it('stops a runaway query in Neo4j: DATABASE_TIMEOUT, well before the query would end', async () => {
    const { driver, database } = await connect(testNeo4jConnection(), QueryCatalog.load());
    const runner = new QueryRunner(driver, database, testQueries, { transactionTimeoutMs: 300 });
    try {
      const started = Date.now();
      const error = await runner.read(slowCount, {}).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DatabaseError);
      expect(error).toMatchObject({ code: 'DATABASE_TIMEOUT' });
      expect(Date.now() - started).toBeLessThan(5_000);
      // Without the timeout the same query takes far longer than that.
    } finally {
      await driver.close();
    }
  });
});
