import { graphqlClient, type GraphQLAnswer } from '../support/graphql-client';
import { useSeededStory } from '../support/story';

jest.setTimeout(60_000);

const SEARCH = `
  query Search($text: String!, $syntax: SearchSyntax, $kinds: [SearchKind!], $first: Int, $after: String) {
    search(text: $text, syntax: $syntax, kinds: $kinds, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor score node { id __typename } matches { field value words } }
    }
  }`;

interface Hit {
  score: number;
  node: { id: string; __typename: string };
  matches: Array<{ field: string; value: string; words: string[] }>;
}

const hits = (answer: GraphQLAnswer) => answer.data!.search.edges as Hit[];
const ids = (answer: GraphQLAnswer) => hits(answer).map((hit) => hit.node.id);
const rank = (answer: GraphQLAnswer, id: string) => ids(answer).indexOf(id);

describe('full-text search over the story', () => {
  const story = useSeededStory();
  const ask: ReturnType<typeof graphqlClient> = (...args) => story.ask(...args);
  const search = (text: string, more: Record<string, unknown> = {}) =>
    ask(SEARCH, { text, first: 100, ...more });

  it('"Meng" finds the person first (her name), then the events her name is in the title of, in one query', async () => {
    const answer = await search('Meng');
    expect(answer.errors).toBeUndefined();
    expect(answer.sent.map((query) => query.name)).toEqual(['search']);
    expect(ids(answer)[0]).toBe('person:meng-wanzhou');
    expect(ids(answer).slice(1, 4)).toEqual(
      expect.arrayContaining(['event:meng-wanzhou-arrest', 'event:us-extradition-request-meng']),
    );
    expect(hits(answer)[0]!.matches).toEqual([{ field: 'NAME', value: 'Meng Wanzhou', words: ['meng'] }]);
    // Huawei's description mentions her in passing: found, but below her name and the event's title.
    expect(rank(answer, 'org:huawei')).toBeGreaterThan(1);
    expect(answer.data.search.totalCount).toBe(hits(answer).length);
  });

  it('orders hits by score, best first', async () => {
    const scores = hits(await search('Carney Beijing')).map((hit) => hit.score);
    expect(scores.length).toBeGreaterThan(10);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('"Ottawa" finds the Government of Canada through the place name used for it', async () => {
    const answer = await search('Ottawa');
    expect(ids(answer)[0]).toBe('place:ottawa');
    const government = hits(answer).find((hit) => hit.node.id === 'gov:canada')!;
    expect(government.matches).toContainEqual({ field: 'METONYM', value: 'Ottawa', words: ['ottawa'] });
    // A name and a metonym outrank a statement that only says "Ottawa could be more reconciliatory".
    expect(rank(answer, 'gov:canada')).toBeLessThan(
      rank(answer, 'statement:loh-reconciliatory-behind-closed-doors'),
    );
  });

  it('"canola" finds the sector, then the tariff on it', async () => {
    const answer = await search('canola');
    expect(ids(answer).slice(0, 2)).toEqual(['sector:canola', 'event:china-tariffs-pork-canola-seafood']);
    expect(hits(answer)[0]!.node.__typename).toBe('Actor');
  });

  it('a word of a quote ("disruptive") finds the statement, and kinds: STATEMENT keeps statements only', async () => {
    expect(ids(await search('disruptive'))).toContain('statement:canada-china-disruptive-global-power');
    const statements = await search('disruptive', { kinds: ['STATEMENT'] });
    expect(ids(statements)).toEqual(['statement:canada-china-disruptive-global-power']);
    expect(hits(statements)[0]!.matches).toEqual([
      { field: 'TEXT', value: 'disruptive global power', words: ['disruptive'] },
    ]);
  });

  it('"prime minister" finds Carney first, through the office he holds', async () => {
    const answer = await search('prime minister');
    expect(ids(answer)[0]).toBe('person:mark-carney');
    expect(hits(answer)[0]!.matches).toContainEqual({
      field: 'ROLE_TITLE',
      value: 'prime minister',
      words: ['prime', 'minister'],
    });
    // The office title alone is enough to find the holder.
    const byOffice = await search('officeTitles:"prime minister"', { syntax: 'LUCENE', kinds: ['ACTOR'] });
    expect(ids(byOffice)).toEqual(['person:mark-carney']);
  });

  it('kinds keeps only what is asked for', async () => {
    const events = await search('Carney', { kinds: ['EVENT'] });
    expect(hits(events).length).toBeGreaterThan(3);
    expect(new Set(hits(events).map((hit) => hit.node.__typename))).toEqual(new Set(['Event']));
    const sources = await search('Carney', { kinds: ['SOURCE'] });
    expect(ids(sources)).toContain('source:cp-2026-01-14-carney-beijing');
    expect(new Set(hits(sources).map((hit) => hit.node.__typename))).toEqual(new Set(['Source']));
    const all = await search('Carney');
    expect(new Set(hits(all).map((hit) => hit.node.__typename))).toEqual(
      new Set(['Actor', 'Event', 'Statement', 'Source']),
    );
  });

  it('pages continue after their cursor without repeats or gaps, in the order of one big page', async () => {
    const whole = ids(await search('Carney China'));
    expect(whole.length).toBeGreaterThan(15);
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const answer: GraphQLAnswer = await ask(SEARCH, { text: 'Carney China', first: 7, after });
      expect(answer.data.search.totalCount).toBe(whole.length);
      paged.push(...ids(answer));
      if (!answer.data.search.pageInfo.hasNextPage) break;
      after = answer.data.search.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole);
  });

  it.each([['"'], ['AND OR'], ['*'], ['('], [')'], ['canola AND ('], ['Xi\'s "visit"'], ['}{][^~\\/:!?']])(
    'takes plain words literally, never as Lucene syntax: %s',
    async (text) => {
      const answer = await search(text);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.search.totalCount).toBe(hits(answer).length);
    },
  );

  it('finds through the punctuation around words', async () => {
    expect(ids(await search('canola AND ('))[0]).toBe('sector:canola');
    expect(ids(await search(`Xi's "visit"`))[0]).toBe('person:xi-jinping');
  });

  it('LUCENE syntax works, and what Lucene cannot read is BAD_USER_INPUT with its message', async () => {
    // Both words required: the sector (only "canola") drops out; every hit holds both words.
    const both = await search('+canola +tariffs', { syntax: 'LUCENE' });
    expect(ids(both)).toEqual(
      expect.arrayContaining(['event:china-tariffs-pork-canola-seafood', 'event:carney-xi-meeting-beijing']),
    );
    expect(ids(both)).not.toContain('sector:canola');
    for (const hit of hits(both)) {
      expect(new Set(hit.matches.flatMap((match) => match.words))).toEqual(new Set(['canola', 'tariffs']));
    }
    for (const text of ['(canola', '"unclosed', 'AND OR']) {
      const answer = await search(text, { syntax: 'LUCENE' });
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).toMatch(
        /^text: Lucene cannot read this query: (Encountered|Lexical error)/,
      );
    }
  });

  it('refuses blank or over-long text, a page over 100, an empty kinds list and a foreign cursor', async () => {
    const refusals = await Promise.all([
      search('   '),
      search('x'.repeat(501)),
      search('canola', { first: 101 }),
      search('canola', { kinds: [] }),
      search('canola', { after: 'bm90IGEgY3Vyc29y' }),
    ]);
    expect(refusals.map((answer) => answer.errors?.[0]?.extensions?.code)).toEqual(
      Array(5).fill('BAD_USER_INPUT'),
    );
    expect(refusals.map((answer) => answer.errors?.[0]?.message.split(':')[0])).toEqual([
      'text',
      'text',
      'first',
      'kinds',
      'after',
    ]);
    expect(refusals[1].errors?.[0]?.message).toMatch(/limit is 500/);
  });

  it('returns whole entities: nested fields of every kind come from the one search query', async () => {
    const answer = await ask(`{
      search(text: "Carney Xi canola", first: 30) {
        edges { node {
          ... on Actor { name roles { title organisation { name } } }
          ... on Event { title participants { role actor { name } } evidence { sentence source { title } } }
          ... on Statement { text speaker { name } about { id } }
          ... on Source { title kind }
        } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.sent).toHaveLength(1);
    const meeting = answer.data.search.edges.find(
      (edge: { node: { title?: string } }) => edge.node.title === 'Carney–Xi meeting in Beijing',
    );
    expect(meeting.node.participants.map((p: { actor: { name: string } }) => p.actor.name).sort()).toEqual([
      'Mark Carney',
      'Xi Jinping',
    ]);
  });
});
