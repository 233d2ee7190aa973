import { useSeededStory } from '../support/story';
import type { graphqlClient } from '../support/graphql-client';

jest.setTimeout(120_000);

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return --
   answers are untyped JSON; the assertions below are what check their shape. */
type Node = Record<string, any>;
const ids = (edges: Array<{ node: Node }>) => edges.map((edge) => edge.node.id as string);
const pathIds = (path: Node): string[] => path.nodes.map((node: Node) => node.id as string);

const ARTICLE = 'source:cp-2026-01-14-carney-beijing';
const CONSULAR_TEASER = 'source:teaser-anand-consular-access';

describe('answers limited to chosen sources', () => {
  const story = useSeededStory();
  const ask: ReturnType<typeof graphqlClient> = (...args) => story.ask(...args);

  it("keeps a teaser's statement out of what Anand said according to the article, all the way down", async () => {
    const answer = await ask(`{
      everything: actor(id: "person:anita-anand") { statementsMade(first: 50) { edges { node { id } } } }
      article: actor(id: "person:anita-anand", sourceKinds: [ARTICLE]) {
        statementsMade(first: 50) { edges { node { id evidence { source { kind } } } } }
        mentions { source { id } }
        timeline(first: 50) { edges { node { id } } }
      }
      teaserField: actor(id: "person:anita-anand") {
        statementsMade(first: 50, sources: ["${CONSULAR_TEASER}"]) { edges { node { id } } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const { everything, article, teaserField } = answer.data;
    const teaserStatement = 'statement:anand-cuts-wont-harm-consular-access';
    expect(ids(everything.statementsMade.edges)).toContain(teaserStatement);
    expect(ids(article.statementsMade.edges).sort()).toEqual([
      'statement:anand-all-sectors',
      'statement:anand-diversify-trade',
      'statement:anand-negotiations-continue',
      'statement:anand-new-government',
      'statement:anand-productive',
    ]);
    const kinds = article.statementsMade.edges.flatMap((e: { node: Node }) =>
      e.node.evidence.map((x: Node) => x.source.kind as string),
    );
    expect(new Set(kinds)).toEqual(new Set(['ARTICLE']));
    expect(article.mentions).toEqual([{ source: { id: ARTICLE } }]);
    expect(ids(article.timeline.edges)).not.toContain('event:budget-2025-global-affairs-cuts');
    expect(ids(teaserField.statementsMade.edges)).toEqual([teaserStatement]);
  });

  it('splits the timeline between the article and its teasers, and dates it by the article alone', async () => {
    const answer = await ask(`{
      all: timeline(first: 100) { totalCount }
      article: timeline(sourceKinds: [ARTICLE], first: 100) { totalCount edges { node { id } } }
      articleOutsideDates: timeline(sourceKinds: [ARTICLE], basis: BEST, first: 100) { totalCount edges { node { id } } }
      references: timeline(sourceKinds: [REFERENCE], first: 100) { edges { node { id } } }
      teasers: timeline(sourceKinds: [TEASER], first: 100) { totalCount edges { node { id } } }
      office: timeline(sourceKinds: [ARTICLE], types: [TAKING_OFFICE]) { edges { node { id time { label outsideArticle } } } }
      officeBest: timeline(types: [TAKING_OFFICE]) { edges { node { time { label outsideArticle } } } }
    }`);
    expect(answer.errors).toBeUndefined();
    const { all, article, articleOutsideDates, references, teasers, office, officeBest } = answer.data;
    // The release of the two Canadians is known only from outside the article.
    expect(ids(references.edges)).toEqual(['event:release-of-two-canadians']);
    expect(articleOutsideDates.totalCount + teasers.totalCount + 1).toBe(all.totalCount);
    // By the article's own dates: what it states but dates only through outside references (the arrest on
    // 1 December 2018, the tariffs) has no place in its time order, so it is left out, not dated from outside.
    const undatedByArticle = ids(articleOutsideDates.edges).filter((id) => !ids(article.edges).includes(id));
    expect(undatedByArticle).toEqual(
      expect.arrayContaining(['event:meng-wanzhou-arrest', 'event:china-tariffs-pork-canola-seafood']),
    );
    expect(article.totalCount).toBe(articleOutsideDates.totalCount - undatedByArticle.length);
    expect(ids(teasers.edges)).toEqual(
      expect.arrayContaining([
        'event:guilbeault-resigns-from-cabinet',
        'event:budget-2025-global-affairs-cuts',
      ]),
    );
    expect(ids(article.edges)).not.toContain('event:guilbeault-resigns-from-cabinet');
    expect(ids(article.edges)).toContain('event:carney-lands-in-beijing');
    // Carney took office "last spring" by the article; 14 March 2025 is an outside reference's date.
    expect(office.edges[0].node.time).toEqual({ label: 'spring 2025', outsideArticle: false });
    expect(officeBest.edges[0].node.time).toEqual({ label: '14 Mar 2025', outsideArticle: true });
  });

  it('searches and draws the article alone, without the teasers', async () => {
    const answer = await ask(`{
      everywhere: search(text: "Guilbeault") { totalCount }
      article: search(text: "Guilbeault", sourceKinds: [ARTICLE]) { totalCount }
      anand: neighbourhood(id: "person:anita-anand", sourceKinds: [ARTICLE]) { nodes { id } }
      anandAll: neighbourhood(id: "person:anita-anand") { nodes { id } }
      arrest: event(id: "event:meng-wanzhou-arrest", sourceKinds: [ARTICLE]) { evidence { source { kind } } }
      visit: neighbourhood(id: "event:carney-visit-to-china", sourceKinds: [ARTICLE]) { edges { type source target evidence { sentence } } }
    }`);
    expect(answer.errors).toBeUndefined();
    const { everywhere, article, anand, anandAll, arrest, visit } = answer.data;
    expect(everywhere.totalCount).toBeGreaterThan(0);
    expect(article.totalCount).toBe(0);
    const teaserStatement = 'statement:anand-cuts-wont-harm-consular-access';
    expect(anandAll.nodes.map((n: Node) => n.id)).toContain(teaserStatement);
    expect(anand.nodes.map((n: Node) => n.id)).not.toContain(teaserStatement);
    expect(anand.nodes.map((n: Node) => n.id)).toContain('statement:anand-new-government');
    expect(arrest.evidence.map((e: Node) => e.source.kind)).toEqual(['ARTICLE']);
    // What was said about the visit reaches it through ABOUT edges, which carry their statement's source.
    const about = visit.edges.find(
      (e: Node) => e.type === 'ABOUT' && e.source === 'statement:nadjibulla-pragmatic-foreign-policy',
    );
    expect(about.evidence.sentence).toContain("Carney's pragmatic foreign policy in action");
  });

  it('keeps every source of a fact several state, with the words of the article', async () => {
    const GUILBEAULT_TEASER = 'source:teaser-guilbeault-resigns';
    const metonym = `relationships(types: [METONYM_FOR]) {
      other { id } evidence { sentence source { id } statedBy { id } } }`;
    const answer = await ask(`{
      article: actor(id: "gov:canada", sourceKinds: [ARTICLE]) { ${metonym} }
      teaser: actor(id: "gov:canada", sources: ["${GUILBEAULT_TEASER}"]) { ${metonym} }
      visit: event(id: "event:carney-visit-to-china", sourceKinds: [ARTICLE]) {
        participants { actor { id } evidence { source { id } statedBy { id } } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const ottawa = (list: Node[]) => list.filter((r) => r.other.id === 'place:ottawa');
    // The teaser was ingested after the article; the fact keeps both sources and the article's sentence.
    const expected = [
      {
        other: { id: 'place:ottawa' },
        evidence: {
          sentence:
            'which were imposed after Ottawa ordered tariffs on Chinese electric vehicles, steel and aluminum',
          source: { id: ARTICLE },
          statedBy: expect.arrayContaining([{ id: ARTICLE }, { id: GUILBEAULT_TEASER }]),
        },
      },
    ];
    expect(ottawa(answer.data.article.relationships)).toEqual(expected);
    expect(ottawa(answer.data.teaser.relationships)).toEqual(expected);
    for (const participant of answer.data.visit.participants) {
      expect(participant.evidence.statedBy).toContainEqual({ id: ARTICLE });
    }
  });

  it('answers the other fields when one names an unknown source, actor or event', async () => {
    const answer = await ask(`{
      badSource: timeline(sources: ["source:nope"]) { totalCount }
      badActor: timeline(actors: ["person:nobody"]) { totalCount }
      badChain: causalChain(event: "event:nope") { links { type } }
      badPaths: paths(source: "person:nobody", target: "person:mark-carney") { length }
      landing: event(id: "event:carney-lands-in-beijing") { title }
    }`);
    expect(answer.data).toEqual({
      badSource: null,
      badActor: null,
      badChain: null,
      badPaths: null,
      landing: { title: 'Carney lands in Beijing' },
    });
    expect((answer.errors ?? []).map((e: Node) => [e.path, e.extensions.code, e.extensions.id])).toEqual(
      expect.arrayContaining([
        [['badSource'], 'NOT_FOUND', 'source:nope'],
        [['badActor'], 'NOT_FOUND', 'person:nobody'],
        [['badChain'], 'NOT_FOUND', 'event:nope'],
        [['badPaths'], 'NOT_FOUND', 'person:nobody'],
      ]),
    );
  });
});

describe('links with their modality, read cause to effect', () => {
  const story = useSeededStory();
  const ask: ReturnType<typeof graphqlClient> = (...args) => story.ask(...args);

  it('marks "in retaliation for" STATED and "imposed after" INFERRED, and reads Canada\'s tariffs as the cause', async () => {
    const answer = await ask(`{
      detention: event(id: "event:detention-of-two-canadians") {
        causeLinks { kind modality cue inference cause { id } }
      }
      canada: event(id: "event:canada-tariffs-chinese-evs-steel-aluminum") {
        effectLinks { kind modality cue inference reading cause { id } effect { id } evidence { sentence } }
        stated: effectLinks(modalities: [STATED]) { kind }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const { detention, canada } = answer.data;
    expect(detention.causeLinks).toContainEqual({
      kind: 'RETALIATION_FOR',
      modality: 'STATED',
      cue: 'in retaliation for',
      inference: null,
      cause: { id: 'event:meng-wanzhou-arrest' },
    });
    const retaliation = canada.effectLinks.find((link: Node) => link.kind === 'RETALIATION_FOR');
    expect(retaliation).toMatchObject({
      modality: 'INFERRED',
      cue: 'imposed after',
      cause: { id: 'event:canada-tariffs-chinese-evs-steel-aluminum' },
      effect: { id: 'event:china-tariffs-pork-canola-seafood' },
    });
    expect(retaliation.inference).toMatch(/reading/);
    expect(retaliation.reading).toBe(
      '“China imposes tariffs on Canadian pork, canola and seafood” in retaliation for ' +
        '“Canada imposes tariffs on Chinese EVs, steel and aluminum” (inferred from "imposed after")',
    );
    expect(retaliation.evidence.sentence).toContain('which were imposed after Ottawa ordered tariffs');
    // What the article does state: the order.
    expect(canada.stated).toEqual([{ kind: 'FOLLOWED_BY' }]);
  });

  it('follows only stated links in a causal chain when asked', async () => {
    const chain = (modalities: string) =>
      ask(`{ causalChain(event: "event:canada-china-relationship-breakdown", types: [CAUSED, FOLLOWED_BY, RETALIATION_FOR],
        modalities: ${modalities}) { links { type modality cause { id } } } }`);
    const all = (await chain('[STATED, INFERRED]')).data.causalChain.links;
    const stated = (await chain('[STATED]')).data.causalChain.links;
    expect(all).toContainEqual({
      type: 'CAUSED',
      modality: 'INFERRED',
      cause: { id: 'event:detention-of-two-canadians' },
    });
    expect(stated.map((link: Node) => link.modality)).toEqual(stated.map(() => 'STATED'));
    expect(stated).toContainEqual({
      type: 'FOLLOWED_BY',
      modality: 'STATED',
      cause: { id: 'event:detention-of-two-canadians' },
    });
    expect(stated).toContainEqual({
      type: 'RETALIATION_FOR',
      modality: 'STATED',
      cause: { id: 'event:meng-wanzhou-arrest' },
    });
  });
});

describe('the story, re-read sentence by sentence', () => {
  const story = useSeededStory();
  const ask: ReturnType<typeof graphqlClient> = (...args) => story.ask(...args);

  it('has Carney landing on Wednesday as a day, within the stay it opens', async () => {
    const answer = await ask(`{
      landing: event(id: "event:carney-lands-in-beijing") {
        type status modality time { label precision } partOf { id } place { id } evidence { sentence }
      }
      thatDay: timeline(from: "2026-01-14", to: "2026-01-14", match: CERTAINLY) { edges { node { id } } }
    }`);
    expect(answer.errors).toBeUndefined();
    const { landing, thatDay } = answer.data;
    expect(landing).toMatchObject({
      type: 'ARRIVAL',
      status: 'HAPPENED',
      modality: 'STATED',
      time: { label: '14 Jan 2026', precision: 'DAY' },
      partOf: { id: 'event:carney-visit-to-china' },
      place: { id: 'place:beijing' },
    });
    expect(landing.evidence[0].sentence).toMatch(
      /^Prime Minister Mark Carney landed in Beijing on Wednesday/,
    );
    // Certainly within Wednesday: the landing, not the open-ended stay.
    expect(ids(thatDay.edges)).toContain('event:carney-lands-in-beijing');
    expect(ids(thatDay.edges)).not.toContain('event:carney-visit-to-china');
  });

  it('adds the events the text implies, marked INFERRED with the words they rest on, dated by their links', async () => {
    const answer = await ask(`{
      previous: event(id: "event:previous-pm-visit-to-china") {
        modality cue inference time { label outsideArticle } articleTime { precision }
        effectLinks { kind modality effect { id } }
      }
      request: event(id: "event:us-extradition-request-meng") {
        modality cue time { tightened { latestStart } } effectLinks { kind modality effect { id } }
      }
      landing: event(id: "event:carney-lands-in-beijing") { modality cue inference }
    }`);
    expect(answer.errors).toBeUndefined();
    const { previous, request, landing } = answer.data;
    expect(previous).toMatchObject({
      modality: 'INFERRED',
      cue: 'the first visit by a Canadian prime minister to China in eight years',
      time: { label: 'Dec 2017', outsideArticle: true },
      articleTime: { precision: 'WINDOW' },
      effectLinks: [
        { kind: 'FOLLOWED_BY', modality: 'INFERRED', effect: { id: 'event:carney-visit-to-china' } },
      ],
    });
    expect(request).toMatchObject({
      modality: 'INFERRED',
      cue: 'on a U.S. extradition warrant',
      effectLinks: [{ kind: 'CAUSED', modality: 'STATED', effect: { id: 'event:meng-wanzhou-arrest' } }],
    });
    // Undated by the article, it is tightened by the arrest it led to: no later than 1 December 2018.
    expect(request.time.tightened.latestStart).toBe('2018-12-02T00:00:00.000-05:00');
    expect(landing).toEqual({ modality: 'STATED', cue: null, inference: null });
  });

  it('links the reactions and consequences the article states', async () => {
    const answer = await ask(`{
      tariffs: event(id: "event:canada-tariffs-chinese-evs-steel-aluminum") { causeLinks { kind modality cue cause { id } } }
      editorial: event(id: "event:china-daily-editorial") { causeLinks { kind modality cue cause { id } } }
      visit: event(id: "event:carney-visit-to-china") { causeLinks(modalities: [STATED]) { kind cue cause { id } } }
    }`);
    expect(answer.errors).toBeUndefined();
    const { tariffs, editorial, visit } = answer.data;
    expect(tariffs.causeLinks).toContainEqual({
      kind: 'RESPONSE_TO',
      // The experts' word, reported, and said of the automotive tariffs only: a reading for the whole.
      modality: 'INFERRED',
      cue: 'respond to Canadian concerns',
      cause: { id: 'event:canadian-concerns-subsidized-chinese-output' },
    });
    expect(editorial.causeLinks).toEqual([
      {
        kind: 'RESPONSE_TO',
        modality: 'INFERRED',
        cue: 'which many see as a call to drop investment and research restrictions',
        cause: { id: 'event:ottawa-investment-research-restrictions' },
      },
    ]);
    expect(visit.causeLinks.map((link: Node) => link.cause.id)).toEqual(
      expect.arrayContaining([
        'event:warnings-chinese-electoral-interference',
        'event:human-rights-concerns-uyghurs-hong-kong',
        'event:china-military-actions-beyond-un-zone',
      ]),
    );
  });
});

describe('paths and statements analysts can use', () => {
  const story = useSeededStory();
  const ask: ReturnType<typeof graphqlClient> = (...args) => story.ask(...args);

  it('ranks equally short paths away from hubs and statements, the same at every call', async () => {
    const query = `{ paths(source: "person:graham-shantz", target: "person:xi-jinping", k: 10) { length cost nodes { id } } }`;
    const first = (await ask(query)).data.paths;
    const again = (await ask(query)).data.paths;
    expect(again).toEqual(first);
    const shortest = first.filter((p: Node) => p.length === first[0].length);
    // Through Carney and an APEC event both took part in: not the China hubs, not the PLANNED meeting.
    expect(pathIds(shortest[0]).slice(0, 3)).toEqual([
      'person:graham-shantz',
      'statement:shantz-australian-approach',
      'person:mark-carney',
    ]);
    expect(['event:apec-summit-2025', 'event:carney-xi-meeting-apec']).toContain(pathIds(shortest[0])[3]);
    // The route through the two China hubs is as short, first by id, and ranked below.
    const throughHubs = shortest.findIndex(
      (p: Node) => pathIds(p).includes('country:china') && pathIds(p).includes('gov:china'),
    );
    expect(throughHubs).toBeGreaterThan(0);
    const costs = shortest.map((p: Node) => p.cost);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));

    const hodgson = (
      await ask(`{ shortestPath(source: "person:dylan-loh", target: "person:tim-hodgson") { nodes { id } } }`)
    ).data;
    expect(pathIds(hodgson.shortestPath)).not.toContain('gov:canada');
  });

  it('keeps paths and neighbourhoods to facts with factsOnly', async () => {
    const answer = await ask(`{
      any: paths(source: "person:mark-carney", target: "person:xi-jinping", k: 10) { nodes { id } }
      facts: shortestPath(source: "person:mark-carney", target: "person:xi-jinping", factsOnly: true) { nodes { id node { ... on Event { status } } } }
      around: neighbourhood(id: "event:carney-visit-to-china", factsOnly: true) { nodes { id node { ... on Event { status } } } }
    }`);
    expect(answer.errors).toBeUndefined();
    const { any, facts, around } = answer.data;
    expect(any.map(pathIds).flat()).toContain('event:carney-xi-meeting-beijing');
    expect(pathIds(facts)).not.toContain('event:carney-xi-meeting-beijing');
    expect(facts.nodes[1].node.status).toBe('HAPPENED');
    const statuses = around.nodes.slice(1).flatMap((n: Node) => (n.node?.status ? [n.node.status] : []));
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((status: string) => status === 'HAPPENED' || status === 'ONGOING')).toBe(true);
  });

  it('gives timeRespecting the same verdict whichever end a path is asked from', async () => {
    const pairs = [
      ['person:mark-carney', 'person:xi-jinping'],
      ['person:michael-kovrig', 'person:meng-wanzhou'],
      ['gov:canada', 'event:china-tariffs-pork-canola-seafood'],
    ];
    for (const [a, b] of pairs) {
      const query = (s: string, t: string) =>
        `{ paths(source: "${s}", target: "${t}", k: 10, maxHops: 3, timeRespecting: true) { timeRespecting nodes { id } } }`;
      const forward = (await ask(query(a!, b!))).data.paths.map(pathIds);
      const backward = (await ask(query(b!, a!))).data.paths.map((p: Node) => pathIds(p).reverse());
      expect(forward.length).toBeGreaterThan(0);
      expect(new Set(backward.map(String))).toEqual(new Set(forward.map(String)));
    }
  });

  it('refuses arguments that cannot mean anything, naming them', async () => {
    const answer = await ask(`{
      parts: statements(aboutParts: true) { totalCount }
      none: event(id: "event:carney-visit-to-china") { causeLinks(modalities: []) { kind } }
      kinds: timeline(sourceKinds: []) { totalCount }
    }`);
    expect(
      (answer.errors ?? []).map((e: Node) => [e.path, e.extensions.code, e.extensions.argument]),
    ).toEqual(
      expect.arrayContaining([
        [['parts'], 'BAD_USER_INPUT', 'aboutParts'],
        [['none', 'causeLinks'], 'BAD_USER_INPUT', 'modalities'],
        [['kinds'], 'BAD_USER_INPUT', 'sourceKinds'],
      ]),
    );
  });

  it("includes statements about a visit's meetings and remarks on asking, and tells experts from officials", async () => {
    const answer = await ask(`{
      direct: statements(about: ["event:carney-visit-to-china"], first: 100) { totalCount }
      withParts: statements(about: ["event:carney-visit-to-china"], aboutParts: true, first: 100) { edges { node { id } } }
      experts: statements(speakerVoices: [EXPERT], first: 100) { edges { node { speaker { id voices } } } }
      officials: statements(speakerVoices: [OFFICIAL], first: 100) { edges { node { speaker { id } } } }
      shantz: actor(id: "person:graham-shantz") { voices }
    }`);
    expect(answer.errors).toBeUndefined();
    const { direct, withParts, experts, officials, shantz } = answer.data;
    expect(direct.totalCount).toBe(4);
    expect(ids(withParts.edges)).toEqual(
      expect.arrayContaining([
        'statement:anand-productive', // about the negotiations, within the visit
        'statement:loh-low-hanging-fruit', // about the expected agreements, within the Xi meeting, within the visit
        'statement:nadjibulla-pragmatic-foreign-policy', // about the visit itself
      ]),
    );
    expect(withParts.edges.length).toBeGreaterThan(direct.totalCount);
    const speakers = (edges: Array<{ node: Node }>) =>
      [...new Set(edges.map((e) => e.node.speaker.id as string))].sort();
    expect(speakers(experts.edges)).toEqual([
      'org:unnamed-experts',
      'person:dylan-loh',
      'person:vina-nadjibulla',
    ]);
    expect(speakers(officials.edges)).toEqual([
      'person:anita-anand',
      'person:doug-ford',
      'person:mark-carney',
    ]);
    expect(shantz.voices).toEqual(['BUSINESS']);
  });
});
