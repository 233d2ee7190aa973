import neo4j, { type Plan, type ProfiledPlan } from 'neo4j-driver';
import { QueryCatalog } from '../../src/db/query-catalog';
import { toNeo4j } from '../../src/db/convert';
import { timelineFilters } from '../../src/graphql/lists';
import { OPEN_PAST } from '../../src/graphql/arguments';
import { parseDateArgument } from '../../src/time';
import { EVERY_SOURCE } from '../../src/model/source-scope';
import { graphqlClient } from '../support/graphql-client';
import { useSeededStory } from '../support/story';

jest.setTimeout(60_000);

describe('events, actors and nodes through GraphQL, on the story', () => {
  const story = useSeededStory();
  const ask: ReturnType<typeof graphqlClient> = (...args) => story.ask(...args);

  it('shows who met whom in Beijing, within which visit, and the sentence that says so', async () => {
    const answer = await ask(`{
      event(id: "event:carney-xi-meeting-beijing") {
        title status isFact
        time { expression label precision start earliestStart latestEnd }
        participants { role actor { id name } }
        partOf { id title place { name } }
        evidence { aspect sentence charStart charEnd source { id kind title publishedAt } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const event = answer.data.event;
    expect(event).toMatchObject({ status: 'PLANNED', isFact: false });
    expect(event.time).toEqual({
      expression: 'on Friday',
      label: '16 Jan 2026',
      precision: 'DAY',
      start: '2026-01-16T00:00:00.000-05:00',
      earliestStart: '2026-01-16T00:00:00.000-05:00',
      latestEnd: '2026-01-17T00:00:00.000-05:00',
    });
    expect(event.participants.map((p: { actor: { id: string } }) => p.actor.id).sort()).toEqual([
      'person:mark-carney',
      'person:xi-jinping',
    ]);
    expect(event.partOf).toEqual({
      id: 'event:carney-visit-to-china',
      title: expect.any(String),
      place: { name: 'Beijing' },
    });
    expect(event.evidence[0]).toMatchObject({
      aspect: 'event',
      sentence: expect.stringContaining('will sit down with President Xi Jinping on Friday'),
      source: {
        id: 'source:cp-2026-01-14-carney-beijing',
        kind: 'ARTICLE',
        publishedAt: '2026-01-14T12:58:00.000-05:00',
      },
    });
  });

  it("shows which tariffs answered which: China's retaliated for Canada's, which followed Washington's", async () => {
    const answer = await ask(`{
      event(id: "event:canada-tariffs-chinese-evs-steel-aluminum") {
        causes { type event { id } evidence { sentence } }
        consequences { type event { id sectors { name } } }
      }
    }`);
    expect(answer.data.event.causes).toEqual([
      {
        type: 'RESPONSE_TO',
        event: { id: 'event:canadian-concerns-subsidized-chinese-output' },
        evidence: { sentence: expect.stringContaining('respond to Canadian concerns') },
      },
      {
        type: 'FOLLOWED_BY',
        event: { id: 'event:us-tariffs-chinese-evs' },
        evidence: { sentence: expect.stringContaining('almost identical moves by Washington') },
      },
    ]);
    const china = {
      id: 'event:china-tariffs-pork-canola-seafood',
      sectors: expect.arrayContaining([{ name: expect.stringMatching(/canola/i) }]),
    };
    // China's answered Canada's: the article says they came after (FOLLOWED_BY); retaliation is read into it.
    expect(answer.data.event.consequences).toEqual([
      { type: 'RETALIATION_FOR', event: china },
      { type: 'FOLLOWED_BY', event: china },
    ]);
  });

  it('answers an actor as of a date from what had been published by then, field by field or for all', async () => {
    const ACTOR = `query Actor($asOf: PartialDate) {
      actor(id: "person:mark-carney", asOf: $asOf) {
        roles { title }
        mentions { source { id } }
        statementsMade { totalCount }
        timeline(first: 100) { edges { node { id } } }
        relationships { type }
        today: roles(asOf: "2026-02-01") { title }
      }
    }`;
    const before = await ask(ACTOR, { asOf: '2026-01-13' });
    const after = await ask(ACTOR, { asOf: '2026-01-14' });
    expect(before.errors).toBeUndefined();
    // The article, published 14 Jan 2026, is what tells of his office, his words and his visit.
    expect(before.data.actor).toMatchObject({ roles: [], mentions: [], statementsMade: { totalCount: 0 } });
    expect(before.data.actor.timeline.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(
      'event:carney-visit-to-china',
    );
    expect(before.data.actor.today).toEqual([{ title: 'prime minister' }]);
    expect(after.data.actor).toMatchObject({
      roles: [{ title: 'prime minister' }],
      mentions: expect.arrayContaining([{ source: { id: 'source:cp-2026-01-14-carney-beijing' } }]),
      statementsMade: { totalCount: 1 },
    });
    expect(after.data.actor.timeline.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      'event:carney-visit-to-china',
    );
  });

  it("gives an actor's offices over time, filtered to a date, and its place names", async () => {
    const answer = await ask(`{
      carney: actor(id: "person:mark-carney") { name roles { title organisation { id } time { label outsideArticle } } }
      before: actor(id: "person:mark-carney") { roles(heldOn: "2025-01") { title } }
      canada: actor(id: "gov:canada") { metonyms relationships(types: [METONYM_FOR]) { direction term other { id } } }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.carney.roles).toContainEqual({
      title: 'prime minister',
      organisation: { id: 'gov:canada' },
      time: { label: expect.stringContaining('14 Mar 2025'), outsideArticle: true },
    });
    expect(answer.data.before.roles).toEqual([]);
    expect(answer.data.canada.metonyms).toContain('Ottawa');
    expect(answer.data.canada.relationships).toContainEqual({
      direction: 'INCOMING',
      term: 'Ottawa',
      other: { id: 'place:ottawa' },
    });
  });

  it('fetches any node by its global id, and says NOT_FOUND for an unknown one', async () => {
    const answer = await ask(`{
      a: node(id: "person:xi-jinping") { __typename id ... on Actor { name kind } }
      b: node(id: "source:teaser-guilbeault-resigns") { __typename ... on Source { kind title } }
    }`);
    expect(answer.data.a).toEqual({
      __typename: 'Actor',
      id: 'person:xi-jinping',
      name: 'Xi Jinping',
      kind: 'PERSON',
    });
    expect(answer.data.b).toMatchObject({ __typename: 'Source', kind: 'TEASER' });
    const missing = await ask('{ actor(id: "person:nobody") { name } }');
    expect(missing.errors?.[0]).toMatchObject({
      message: "no actor has the id 'person:nobody'",
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('answers a deep request in one query per level, whatever the number of events (no N+1)', async () => {
    const answer = await ask(`{
      timeline(first: 50) {
        edges { node {
          participants { actor { roles { title organisation { name } } } }
          causes { event { participants { actor { name } } } }
          evidence { source { text } }
        } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.timeline.edges.length).toBeGreaterThan(30);
    expect(answer.sent.map((event) => event.name).sort()).toEqual([
      'actors-by-ids',
      'events-by-ids',
      'sources-by-ids',
      'timeline',
    ]);
  });

  it('serves timeline pages of either basis by two-sided seeks on span class and tightened earliest start, in index order (EXPLAIN)', async () => {
    const session = story.runner.driver.session({
      database: story.runner.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const text = QueryCatalog.load().get('timeline');
      const params = toNeo4j({
        ...timelineFilters(
          { from: parseDateArgument('2018'), to: parseDateArgument('2018'), match: 'POSSIBLY' },
          EVERY_SOURCE,
        ),
        scopes: [{ key: 'timeline', actors: [], allActors: false }],
        backward: false,
        cursor: { start: OPEN_PAST, depth: 0, id: '' },
        limit: 21,
        withTotal: false,
      }) as Record<string, unknown>;
      const result = await session.run(`EXPLAIN ${text}`, params);
      const operators: string[] = [];
      const walk = (plan: Plan) => {
        operators.push(`${plan.operatorType} ${JSON.stringify(plan.arguments.Details ?? '')}`);
        plan.children.forEach(walk);
      };
      walk(result.summary.plan as Plan);
      const access = operators.filter((operator) => /Index|Scan/.test(operator));
      // Each slice is bounded on both sides: never a half-line of every event that starts before $to.
      for (const basis of ['derived', 'article']) {
        expect(access).toContainEqual(
          expect.stringContaining(
            `RANGE INDEX e:Event(${basis}SpanClass, ${basis}EarliestStart) WHERE ${basis}SpanClass = slice.spanClass AND ${basis}EarliestStart >= sliceFrom AND ${basis}EarliestStart < CASE`,
          ),
        );
      }
      // A page's slices are read in the index's order and stop after the page (a partial top, not a
      // sort of the whole slice): one per basis and direction.
      expect(operators.filter((operator) => operator.startsWith('PartialTop'))).toHaveLength(4);
      expect(access.filter((operator) => /Event\((derived|article)EarliestStart\)/.test(operator))).toEqual(
        [],
      );
      expect(access.filter((operator) => operator.startsWith('NodeByLabelScan'))).toEqual([]);
    } finally {
      await session.close();
    }
  });

  /** The operators of the timeline query's PROFILE for the parameters an answer sent it. */
  const profiledTimeline = async (answer: Awaited<ReturnType<typeof ask>>) => {
    const session = story.runner.driver.session({
      database: story.runner.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      const params = answer.sentParams[answer.sent.findIndex((query) => query.name === 'timeline')];
      const result = await session.run(`PROFILE ${QueryCatalog.load().get('timeline')}`, params);
      const operators: Array<{ details: string; rows: number }> = [];
      const walk = (plan: ProfiledPlan) => {
        operators.push({ details: String(plan.arguments.Details ?? ''), rows: plan.rows });
        plan.children.forEach(walk);
      };
      walk(result.summary.profile as ProfiledPlan);
      return operators;
    } finally {
      await session.close();
    }
  };

  it.each([
    [
      'named sources, from the events they state',
      '(sources: ["source:teaser-guilbeault-resigns"])',
      'SUPPORTED_BY',
      ['event:canada-alberta-pipeline-pact', 'event:guilbeault-resigns-from-cabinet'],
    ],
    [
      'a named sector, from the events affecting it',
      '(sectors: ["sector:canola"], types: [TARIFF_IMPOSED])',
      'AFFECTED',
      ['event:china-tariffs-pork-canola-seafood'],
    ],
  ])(
    'reads a timeline of %s, not from the window seeks (PROFILE)',
    async (_, args, relationship, expected) => {
      const answer = await ask(`{ timeline${args} { totalCount edges { node { id } } } }`);
      expect(answer.errors).toBeUndefined();
      // The events the seed gives them (seed/03-teaser-guilbeault.json, seed/01-carney-beijing.json), whatever the window holds.
      const ids = (answer.data.timeline as { edges: Array<{ node: { id: string } }> }).edges.map(
        (e) => e.node.id,
      );
      expect(ids.sort()).toEqual(expected);
      expect(answer.data.timeline.totalCount).toBe(expected.length);
      const operators = await profiledTimeline(answer);
      const seeks = operators.filter(({ details }) =>
        /RANGE INDEX e:Event\((derived|article)SpanClass/.test(details),
      );
      // Planned (another timeline may need them) but not read.
      expect(seeks.length).toBeGreaterThan(0);
      expect(seeks.map(({ rows }) => rows)).toEqual(seeks.map(() => 0));
      expect(operators.some(({ details, rows }) => details.includes(relationship) && rows > 0)).toBe(true);
    },
  );
});
