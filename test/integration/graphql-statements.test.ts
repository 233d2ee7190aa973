import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { QueryCatalog } from '../../src/db/query-catalog';
import { graphqlClient } from '../support/graphql-client';
import { useSeededStory } from '../support/story';
import { inspection, openInspectionRunner } from '../support/test-neo4j';

jest.setTimeout(60_000);

type Edge = { node: { id: string } };
const ids = (connection: { edges: Edge[] }) => connection.edges.map((e) => e.node.id);

describe('what was said: statements by speaker, subject and date, with their sentences', () => {
  const story = useSeededStory();
  const ask: ReturnType<typeof graphqlClient> = (...args) => story.ask(...args);

  it('tells what the experts said about the visit, in their words, with the sentence and who they are', async () => {
    const answer = await ask(`{
      statements(about: ["event:carney-visit-to-china"], speakers: ["person:vina-nadjibulla", "person:dylan-loh"]) {
        totalCount
        edges { node { id kind text speaker { name } time { label precision } evidence { aspect sentence source { kind } } } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const statements = answer.data.statements;
    expect(statements.totalCount).toBe(4);
    expect(ids(statements).sort()).toEqual([
      'statement:loh-deep-disagreements',
      'statement:loh-manage-expectations',
      'statement:nadjibulla-diplomatic-win',
      'statement:nadjibulla-pragmatic-foreign-policy',
    ]);
    const pragmatic = statements.edges.find(
      (e: Edge) => e.node.id === 'statement:nadjibulla-pragmatic-foreign-policy',
    );
    expect(pragmatic.node).toMatchObject({
      kind: 'QUOTE',
      text: "Carney's pragmatic foreign policy in action.",
      speaker: { name: 'Vina Nadjibulla' },
      // The article does not say when she said it: said before publication, a window, never a day.
      time: { label: 'within 14 Oct 2025 – 14 Jan 2026', precision: 'WINDOW' },
      evidence: [
        {
          aspect: 'statement',
          sentence: expect.stringContaining(
            `said the visit demonstrates "Carney's pragmatic foreign policy in action."`,
          ),
          source: { kind: 'ARTICLE' },
        },
      ],
    });
    expect(answer.sent.map((q) => q.name)).toEqual(['statements']);
  });

  it("keeps a government's 2022 words apart from the minister's 2026 answer, in the order said", async () => {
    const answer = await ask(`{
      statements(about: ["country:china"], from: "2022", to: "2022") {
        edges { node { id text speaker { id } time { label outsideArticle } } }
      }
      later: statements(about: ["country:china"], speakers: ["person:anita-anand"]) {
        edges { node { id time { label } } }
      }
    }`);
    expect(answer.data.statements.edges).toEqual([
      {
        node: {
          id: 'statement:canada-china-disruptive-global-power',
          text: 'disruptive global power',
          speaker: { id: 'gov:canada' },
          time: { label: '27 Nov 2022', outsideArticle: true },
        },
      },
    ]);
    expect(ids(answer.data.later)).toEqual(['statement:anand-new-government']);
  });

  it('gives an actor the statements it made and those about it, and an event those about it', async () => {
    const answer = await ask(`{
      actor(id: "person:mark-carney") {
        statementsMade { edges { node { id text time { label } } } }
        statementsAbout { totalCount edges { node { speaker { id } } } }
      }
      event(id: "event:canada-tariffs-chinese-evs-steel-aluminum") {
        statements { id speaker { id } about { __typename id } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.actor.statementsMade.edges).toEqual([
      {
        node: {
          id: 'statement:carney-trade-environment-cooperation',
          text: expect.stringContaining('trade and environmental co-operation with China'),
          time: { label: 'since spring 2025' }, // "Since taking office last spring, Carney has talked about..."
        },
      },
    ]);
    const speakers = answer.data.actor.statementsAbout.edges.map(
      (e: { node: { speaker: { id: string } } }) => e.node.speaker.id,
    );
    expect(new Set(speakers)).toEqual(
      new Set(['person:dylan-loh', 'person:vina-nadjibulla', 'person:graham-shantz']),
    );
    expect(answer.data.event.statements.map((s: { id: string }) => s.id).sort()).toEqual([
      'statement:experts-automotive-tariffs',
      'statement:ford-ev-tariffs-protect-auto-sector',
    ]);
    const ford = answer.data.event.statements.find(
      (s: { id: string }) => s.id === 'statement:ford-ev-tariffs-protect-auto-sector',
    );
    expect(ford.speaker).toEqual({ id: 'person:doug-ford' });
    expect(ford.about).toEqual(
      expect.arrayContaining([
        { __typename: 'Event', id: 'event:canada-tariffs-chinese-evs-steel-aluminum' },
        { __typename: 'Actor', id: 'sector:auto' },
      ]),
    );
  });

  it('answers two lists of one actor, asked alike, each with its own statements, in one query', async () => {
    const answer = await ask(`{
      actor(id: "person:mark-carney") {
        made: statementsMade { edges { node { id } } }
        about: statementsAbout { edges { node { id } } }
      }
      any: timeline(actors: ["person:mark-carney", "person:xi-jinping"], actorsMatch: ANY) { edges { node { id } } }
      all: timeline(actors: ["person:mark-carney", "person:xi-jinping"], actorsMatch: ALL) { edges { node { id } } }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(ids(answer.data.actor.made)).toEqual(['statement:carney-trade-environment-cooperation']);
    expect(ids(answer.data.actor.about)).not.toContain('statement:carney-trade-environment-cooperation');
    expect(ids(answer.data.actor.about)).toContain('statement:nadjibulla-pragmatic-foreign-policy');
    expect(ids(answer.data.any).length).toBeGreaterThan(ids(answer.data.all).length);
    expect(ids(answer.data.all)).toContain('event:carney-xi-meeting-apec');
    expect(ids(answer.data.any)).toContain('event:carney-visit-to-china');
    expect(ids(answer.data.all)).not.toContain('event:carney-visit-to-china');
  });

  it("costs one query for many actors' statements, whatever the number of actors", async () => {
    const answer = await ask(`{
      event(id: "event:carney-xi-meeting-apec") {
        participants { actor { id statementsMade { totalCount } statementsAbout { totalCount } } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const counts = Object.fromEntries(
      answer.data.event.participants.map(
        (p: { actor: { id: string; statementsMade: { totalCount: number } } }) => [
          p.actor.id,
          p.actor.statementsMade.totalCount,
        ],
      ),
    );
    expect(counts).toEqual({ 'person:mark-carney': 1, 'person:xi-jinping': 0 });
    expect(answer.sent.map((q) => q.name)).toEqual(['events-by-ids', 'statements']);
  });

  it('says an event named as a speaker is not an actor', async () => {
    const answer = await ask(`{ statements(speakers: ["event:carney-visit-to-china"]) { totalCount } }`);
    expect(answer.errors?.[0]).toMatchObject({
      message: "no actor has the id 'event:carney-visit-to-china'",
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('leaves out what had not been published by asOf', async () => {
    const answer = await ask(`{
      before: statements(speakers: ["person:dylan-loh"], asOf: "2026-01-13") { totalCount }
      after: statements(speakers: ["person:dylan-loh"], asOf: "2026-01-14") { totalCount }
    }`);
    expect(answer.data.before.totalCount).toBe(0);
    expect(answer.data.after.totalCount).toBe(14);
  });

  it('pages forward and back with keyset cursors, without repeats or gaps', async () => {
    const all = await ask(`{ statements(first: 100) { totalCount edges { node { id } } } }`);
    const everything = ids(all.data.statements);
    expect(everything).toHaveLength(all.data.statements.totalCount);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof ask>> = await ask(
        `query Page($after: String) { statements(first: 7, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      seen.push(...ids(page.data.statements));
      if (!page.data.statements.pageInfo.hasNextPage) break;
      after = page.data.statements.pageInfo.endCursor;
    }
    expect(seen).toEqual(everything);
    const last = await ask(`{ statements(last: 5) { edges { node { id } } pageInfo { hasPreviousPage } } }`);
    expect(ids(last.data.statements)).toEqual(everything.slice(-5));
    expect(last.data.statements.pageInfo.hasPreviousPage).toBe(true);
  });

  it('fetches one statement by id, also through node()', async () => {
    const answer = await ask(`{
      statement(id: "statement:loh-learned-its-lesson") { text speaker { name } }
      node(id: "statement:loh-learned-its-lesson") { __typename ... on Statement { kind } }
    }`);
    expect(answer.data.statement).toEqual({
      text: expect.stringContaining('Canada has learned its lesson'),
      speaker: { name: 'Dylan Loh' },
    });
    expect(answer.data.node).toEqual({ __typename: 'Statement', kind: 'QUOTE' });
  });

  describe('reads from the scope or from the window, with the same answer', () => {
    const statementsQuery = QueryCatalog.load().get('statements');
    const read = async (params: Record<string, unknown>, profile = false) => {
      const session = story.runner.driver.session({
        database: story.runner.database,
        defaultAccessMode: neo4j.session.READ,
      });
      try {
        return await session.run(profile ? `PROFILE ${statementsQuery}` : statementsQuery, params);
      } finally {
        await session.close();
      }
    };
    // The parameters the service sends for these arguments, with its own types.
    const sentFor = async (args: string) => {
      const answer = await ask(`{ statements(${args}) { totalCount edges { node { id } } } }`);
      expect(answer.errors).toBeUndefined();
      return answer.sentParams[answer.sent.findIndex((query) => query.name === 'statements')]!;
    };

    it("finds every scope's statements from its speakers, subjects or sources as the window seek does", async () => {
      const inspect = await openInspectionRunner('story');
      const { rows } = await inspect
        .read(inspection.factRelationships, { types: ['SAID', 'ABOUT', 'PART_OF', 'PARTICIPATED_IN'] })
        .finally(() => inspect.driver.close());
      const speakers = new Set<string>();
      const subjects = new Set<string>();
      for (const { start, end } of rows) {
        if (start.startsWith('statement:')) subjects.add(end);
        else if (end.startsWith('statement:')) speakers.add(start);
        else subjects.add(end); // events with parts, and the actors who took part: about nothing, some
      }
      const scopes = [
        { key: 'all', speakers: [], about: [] }, // from the named sources, with them
        ...[...speakers].map((id) => ({ key: `by ${id}`, speakers: [id], about: [] })),
        ...[...subjects].map((id) => ({ key: `about ${id}`, speakers: [], about: [id] })),
        ...[...speakers].flatMap((speaker) =>
          [...subjects]
            .slice(0, 4)
            .map((id) => ({ key: `${speaker} on ${id}`, speakers: [speaker], about: [id] })),
        ),
      ];
      const variants = [
        'first: 100',
        'first: 100, about: ["event:carney-visit-to-china"], aboutParts: true',
        'first: 100, about: ["event:carney-visit-to-china"], aboutParts: true, from: "2025-11", to: "2026-02"',
        'first: 100, asOf: "2026-01-13"',
        'first: 100, sources: ["source:cp-2026-01-14-carney-beijing"], sourceKinds: [ARTICLE]',
        'first: 100, text: "china", match: CERTAINLY, from: "2026"',
      ];
      let compared = 0;
      for (const variant of variants) {
        const params = { ...(await sentFor(variant)), scopes, withTotal: true };
        const fromScope = await read({ ...params, scopeFirstUpTo: 1_000_000_000, scopeFirstShare: 1 });
        const fromWindow = await read({ ...params, scopeFirstUpTo: -1, scopeFirstShare: 0 });
        const pages = (result: typeof fromScope) =>
          Object.fromEntries(
            result.records.map((r) => [
              r.get('key') as string,
              {
                totalCount: Number(r.get('totalCount')),
                ids: (r.get('items') as Array<{ id: string }>).map((item) => item.id),
              },
            ]),
          );
        const scoped = pages(fromScope);
        expect(scoped).toEqual(pages(fromWindow));
        compared += Object.values(scoped).filter((page) => page.totalCount > 0).length;
      }
      // Not a comparison of empty pages: most speakers and subjects said or drew something.
      expect(compared).toBeGreaterThan(100);
    });

    it('reads the statements about the visit and its parts from them, not from the window seek (PROFILE)', async () => {
      const params = await sentFor(
        'about: ["event:carney-visit-to-china"], aboutParts: true, speakerVoices: [EXPERT], first: 10',
      );
      const result = await read(params, true);
      const operators: Array<{ details: string; rows: number }> = [];
      const walk = (plan: ProfiledPlan) => {
        operators.push({ details: String(plan.arguments.Details ?? ''), rows: plan.rows });
        plan.children.forEach(walk);
      };
      walk(result.summary.profile as ProfiledPlan);
      const seeks = operators.filter(({ details }) =>
        /RANGE INDEX st:Statement\(earliestStart\)/.test(details),
      );
      // Planned (another scope may need it) but not read.
      expect(seeks.length).toBeGreaterThan(0);
      expect(seeks.map(({ rows }) => rows)).toEqual(seeks.map(() => 0));
      expect(operators.some(({ details, rows }) => /PART_OF/.test(details) && rows > 0)).toBe(true);
      expect((result.records[0]!.get('items') as unknown[]).length).toBeGreaterThan(0);
    });
  });
});
