import { graphqlClient, type GraphQLAnswer } from '../support/graphql-client';
import { useSeededStory } from '../support/story';
import { inspection, openInspectionRunner } from '../support/test-neo4j';

jest.setTimeout(60_000);

const TIMELINE = `
  query Timeline($from: PartialDate, $to: PartialDate, $match: TimeMatch, $actors: [ID!], $actorsMatch: ActorsMatch,
                 $types: [EventType!], $sectors: [ID!], $statuses: [EventStatus!], $asOf: PartialDate, $text: String,
                 $precisions: [Precision!], $first: Int, $after: String, $last: Int, $before: String) {
    timeline(from: $from, to: $to, match: $match, actors: $actors, actorsMatch: $actorsMatch, types: $types,
             sectors: $sectors, statuses: $statuses, asOf: $asOf, text: $text, precisions: $precisions,
             first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
      edges { cursor node { id status isFact time { label precision expression } } }
    }
  }`;

/** Every precision but WINDOW: what the sources date, without what they leave undated over years. */
const DATED = ['INSTANT', 'DAY', 'DAY_RANGE', 'WEEK', 'MONTH', 'SEASON', 'QUARTER', 'YEAR'];

const ids = (answer: GraphQLAnswer) =>
  (answer.data!.timeline.edges as Array<{ node: { id: string } }>).map((edge) => edge.node.id);

describe('the timeline query on the story', () => {
  const story = useSeededStory();
  const ask: ReturnType<typeof graphqlClient> = (...args) => story.ask(...args);

  it('puts the 2018 events in order: the arrest, then the detention, then the relationship falling apart', async () => {
    const answer = await ask(TIMELINE, { from: '2018', to: '2018', precisions: DATED });
    expect(answer.errors).toBeUndefined();
    // "In 2018" alone would sort at 1 January; the detention that caused it puts it last.
    expect(ids(answer)).toEqual([
      'event:meng-wanzhou-arrest',
      'event:detention-of-two-canadians',
      'event:canada-china-relationship-breakdown',
    ]);
    expect(answer.data.timeline.totalCount).toBe(3);
    expect(answer.data.timeline.edges[0].node.time).toEqual({
      label: '1 Dec 2018',
      precision: 'DAY',
      expression: '2018-12-01',
    });
  });

  it('keeps a fuzzy event out of a narrow window when the match must be certain, and in when possible', async () => {
    // The detention began in December 2018 but ran for years: in the window possibly, not certainly.
    // "In 2018" (the relationship breakdown) came after the detention of 10 December that caused it,
    // so it lies in December 2018 certainly.
    const possibly = await ask(TIMELINE, {
      from: '2018-12',
      to: '2018-12',
      match: 'POSSIBLY',
      precisions: DATED,
    });
    const certainly = await ask(TIMELINE, { from: '2018-12', to: '2018-12', match: 'CERTAINLY' });
    expect(ids(possibly)).toEqual([
      'event:meng-wanzhou-arrest',
      'event:detention-of-two-canadians',
      'event:canada-china-relationship-breakdown',
    ]);
    expect(ids(certainly)).toEqual([
      'event:meng-wanzhou-arrest',
      'event:canada-china-relationship-breakdown',
    ]);
  });

  it('keeps what the article leaves undated over years in a window it may overlap, as a WINDOW, unless left out', async () => {
    const all = await ask(TIMELINE, { from: '2018', to: '2018' });
    const windows = (all.data.timeline.edges as Array<{ node: { id: string; time: { precision: string } } }>)
      .filter((edge) => edge.node.time.precision === 'WINDOW')
      .map((edge) => edge.node.id);
    // "The visit comes after years of warnings...": somewhere in the decades before, 2018 included.
    expect(windows).toEqual(
      expect.arrayContaining([
        'event:warnings-chinese-electoral-interference',
        'event:us-extradition-request-meng',
      ]),
    );
    expect(all.data.timeline.totalCount).toBe(3 + windows.length);
    // Never certainly inside a year.
    const certainly = await ask(TIMELINE, { from: '2018', to: '2018', match: 'CERTAINLY' });
    expect(ids(certainly)).not.toEqual(expect.arrayContaining([windows[0]]));
  });

  it('finds the tariffs on canola and what they answered, by sector and type', async () => {
    const answer = await ask(TIMELINE, { sectors: ['sector:canola'], types: ['TARIFF_IMPOSED'] });
    expect(ids(answer)).toEqual(['event:china-tariffs-pork-canola-seafood']);
  });

  it('keeps the events of every named place and sector, read from them, as the stored graph links them', async () => {
    const inspect = await openInspectionRunner('story');
    const { rows } = await inspect
      .read(inspection.factRelationships, { types: ['TOOK_PLACE_IN', 'AFFECTED'] })
      .finally(() => inspect.driver.close());
    const eventsOf = new Map<string, Set<string>>();
    for (const { start, end } of rows)
      (eventsOf.get(end) ?? eventsOf.set(end, new Set()).get(end)!).add(start);
    const places = [...new Set(rows.filter((r) => !r.end.startsWith('sector:')).map((r) => r.end))];
    const sectors = [...new Set(rows.filter((r) => r.end.startsWith('sector:')).map((r) => r.end))];
    expect(places.length).toBeGreaterThan(2);
    expect(sectors.length).toBeGreaterThan(2);
    const asked = [
      ...places.slice(0, 10).map((id) => ({ places: [id], sectors: [] as string[] })),
      ...sectors.map((id) => ({ places: [] as string[], sectors: [id] })),
      { places: places.slice(0, 3), sectors: [] },
      ...places.slice(0, 3).map((id) => ({ places: [id], sectors })),
    ];
    const QUERY = `query($places: [ID!], $sectors: [ID!], $from: PartialDate, $to: PartialDate) {
      named: timeline(places: $places, sectors: $sectors, from: $from, to: $to, first: 100) { totalCount edges { node { id } } }
      all: timeline(from: $from, to: $to, first: 100) { pageInfo { hasNextPage } edges { node { id } } }
    }`;
    let kept = 0;
    for (const window of [{}, { from: '2025-01', to: '2026-01' }]) {
      for (const filters of asked) {
        // An empty list is refused (it would match nothing): leave it out.
        const given = Object.fromEntries(Object.entries(filters).filter(([, list]) => list.length > 0));
        const answer = await ask(QUERY, { ...given, ...window });
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.all.pageInfo.hasNextPage).toBe(false);
        const linked = (named: string[]) => new Set(named.flatMap((id) => [...(eventsOf.get(id) ?? [])]));
        const inPlaces = linked(filters.places);
        const inSectors = linked(filters.sectors);
        const expected = (answer.data!.all.edges as Array<{ node: { id: string } }>)
          .map((edge) => edge.node.id)
          .filter(
            (id) =>
              (filters.places.length === 0 || inPlaces.has(id)) &&
              (filters.sectors.length === 0 || inSectors.has(id)),
          );
        const got = (answer.data!.named.edges as Array<{ node: { id: string } }>).map((edge) => edge.node.id);
        expect({ filters, window, got }).toEqual({ filters, window, got: expected });
        expect(answer.data!.named.totalCount).toBe(expected.length);
        kept += got.length;
      }
    }
    expect(kept).toBeGreaterThan(30);
  });

  it('with actorsMatch ALL, keeps only events where Carney and Xi both took part', async () => {
    const answer = await ask(TIMELINE, {
      actors: ['person:mark-carney', 'person:xi-jinping'],
      actorsMatch: 'ALL',
    });
    expect(ids(answer)).toEqual(
      expect.arrayContaining(['event:carney-xi-meeting-apec', 'event:carney-xi-meeting-beijing']),
    );
    const statuses = answer.data.timeline.edges.map(
      (edge: { node: { id: string; status: string; isFact: boolean } }) => edge.node,
    );
    expect(statuses.find((n: { id: string }) => n.id === 'event:carney-xi-meeting-beijing')).toMatchObject({
      status: 'PLANNED',
      isFact: false,
    });
  });

  it('facts only: statuses HAPPENED and ONGOING leave planned and hoped-for events out', async () => {
    const answer = await ask(TIMELINE, {
      from: '2026-01',
      to: '2026-01',
      statuses: ['HAPPENED', 'ONGOING'],
      precisions: DATED,
    });
    expect(answer.data.timeline.edges.every((edge: { node: { isFact: boolean } }) => edge.node.isFact)).toBe(
      true,
    );
    expect(ids(answer)).toContain('event:carney-visit-to-china');
    expect(ids(answer)).not.toContain('event:carney-xi-meeting-beijing');
    // Exactly the story's dated facts that may overlap January 2026: tariffs in force, the policy shift,
    // the visit, the landing that opened it and the remarks in it (the story database holds nothing else).
    expect(ids(answer)).toEqual([
      'event:canada-tariffs-chinese-evs-steel-aluminum',
      'event:trump-tariff-campaign',
      'event:canada-china-policy-shift',
      // Described as a strategic partner after taking office (14 Mar 2025, by the link): after 8 Mar.
      'event:china-tariffs-pork-canola-seafood',
      'event:canada-describes-china-strategic-partner',
      'event:china-daily-editorial',
      'event:ford-remarks-ev-tariffs',
      // Same day: the visit holds Anand's remarks and the landing, so it comes first.
      'event:carney-visit-to-china',
      'event:anand-remarks-beijing',
      'event:carney-lands-in-beijing',
    ]);
    expect(answer.data.timeline.totalCount).toBe(10);
    // Windows too, without `precisions`: the negotiations "over the next number of days", the MPs'
    // Taiwan visit "recently", the teasers' undated news.
    const withWindows = await ask(TIMELINE, {
      from: '2026-01',
      to: '2026-01',
      statuses: ['HAPPENED', 'ONGOING'],
      first: 100,
    });
    expect(ids(withWindows)).toEqual(
      expect.arrayContaining([
        ...ids(answer),
        'event:canada-china-negotiations',
        'event:liberal-mps-taiwan-visit',
        'event:crtc-postpones-cpac-wholesale-rate-decision',
      ]),
    );
  });

  it('reads only the lists a page selects, in the one timeline query: titles alone read no participants, links or evidence', async () => {
    const none = { places: false, participants: false, sectors: false, partOfEvents: false, parts: false };
    const unread = { ...none, causes: false, consequences: false, statements: false, evidence: false };
    const titles = await ask('{ timeline(from: "2018", to: "2018") { edges { node { id title } } } }');
    expect(titles.errors).toBeUndefined();
    expect(titles.sent.map((query) => query.name)).toEqual(['timeline']);
    expect(titles.sentParams[0]!.fetch).toEqual(unread);

    const people = await ask(
      '{ timeline(from: "2018", to: "2018") { edges { node { id participants { actor { name } } evidence { sentence } } } } }',
    );
    expect(people.errors).toBeUndefined();
    // No second query: what the page selects came with it.
    expect(people.sent.map((query) => query.name)).toEqual(['timeline']);
    expect(people.sentParams[0]!.fetch).toEqual({ ...unread, participants: true, evidence: true });
    const arrest = people.data.timeline.edges.find(
      (edge: { node: { id: string } }) => edge.node.id === 'event:meng-wanzhou-arrest',
    ).node;
    expect(arrest.participants.map((p: { actor: { name: string } }) => p.actor.name)).toContain(
      'Meng Wanzhou',
    );
    expect(arrest.evidence.length).toBeGreaterThan(0);

    // An export of the page reads each event whole.
    const exported = await ask('{ timeline(from: "2018", to: "2018") { visTimeline } }');
    expect(exported.errors).toBeUndefined();
    expect(Object.values(exported.sentParams[0]!.fetch as object).every(Boolean)).toBe(true);
  });

  it("a causal chain reads its own event's lists only when asked, in the one causal-chain query", async () => {
    const chain = (event: string) =>
      `{ causalChain(event: "event:china-tariffs-pork-canola-seafood", depth: 1) { ${event} links { cause { id } } } }`;
    const bare = await ask(chain(''));
    expect(bare.errors).toBeUndefined();
    expect(Object.values(bare.sentParams[0]!.fetch as object).some(Boolean)).toBe(false);
    const people = await ask(chain('event { participants { actor { id } } }'));
    expect(people.errors).toBeUndefined();
    expect(people.sent.map((query) => query.name)).toEqual(['causal-chain']);
    expect(people.sentParams[0]!.fetch).toMatchObject({ participants: true, evidence: false });
    expect(
      people.data.causalChain.event.participants.map((p: { actor: { id: string } }) => p.actor.id).sort(),
    ).toEqual(['country:canada', 'gov:china']);
  });

  it('pages forward and backward with opaque keyset cursors, in one round trip per page', async () => {
    const all = ids(await ask(TIMELINE, { first: 100 }));
    const first = await ask(TIMELINE, { first: 5 });
    expect(first.sent).toEqual([{ name: 'timeline', mode: 'read' }]);
    expect(ids(first)).toEqual(all.slice(0, 5));
    expect(first.data.timeline.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await ask(TIMELINE, { first: 5, after: first.data.timeline.pageInfo.endCursor });
    expect(ids(second)).toEqual(all.slice(5, 10));
    const back = await ask(TIMELINE, { last: 5, before: second.data.timeline.pageInfo.startCursor });
    expect(ids(back)).toEqual(all.slice(0, 5));
    expect(Buffer.from(first.data.timeline.pageInfo.endCursor, 'base64url').toString()).not.toMatch(/^\d+$/);
  });

  it('asOf a date before the story leaves out what only the story says', async () => {
    const before = ids(await ask(TIMELINE, { asOf: '2026-01-13', first: 100 }));
    const after = ids(await ask(TIMELINE, { asOf: '2026-01-14', first: 100 }));
    expect(before).not.toContain('event:carney-visit-to-china');
    expect(after).toContain('event:carney-visit-to-china');
  });

  it.each([
    [{ from: '2025-13' }, 'BAD_USER_INPUT', /2025-13/],
    [{ from: '2026', to: '2025' }, 'BAD_USER_INPUT', /the window must start before it ends/],
    [{ first: 101 }, 'BAD_USER_INPUT', /first: must be a whole number from 0 to 100, got 101/],
    [{ after: 'bm90LWEtY3Vyc29y' }, 'BAD_USER_INPUT', /after: not a cursor of this list/],
    [{ first: 2, last: 2 }, 'BAD_USER_INPUT', /use first\/after or last\/before, not both/],
  ])('refuses %j with %s', async (variables, code, message) => {
    const answer = await ask(TIMELINE, variables);
    expect(answer.errors?.[0]?.extensions?.code).toBe(code);
    expect(answer.errors?.[0]?.message).toMatch(message);
  });
});
