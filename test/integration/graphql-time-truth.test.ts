import { DateTime } from 'luxon';
import { queries } from '../../src/db/queries';
import { parseDocument } from '../../src/ingest/read-document';
import { checkDocument, ingestDocument } from '../../src/write/write-document';
import { smallDocument, uniqueToken, type TestDocument } from '../support/documents';
import { graphqlClient } from '../support/graphql-client';
import { useSeededStory } from '../support/story';

jest.setTimeout(120_000);

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return --
   answers are untyped JSON; the assertions below are what check their shape. */
type Edge = { node: Record<string, any>; orderCertainty?: string };

/** Every ISO date-time string anywhere in an answer. */
function instantsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) found.push(value);
  else if (Array.isArray(value)) value.forEach((v) => instantsIn(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => instantsIn(v, found));
  return found;
}

describe('the truth of time, on the story', () => {
  const story = useSeededStory();
  const ask: ReturnType<typeof graphqlClient> = (...args) => story.ask(...args);

  it("keeps the article's 'last spring' for Carney's taking office beside the outside 14 March, each marked", async () => {
    const answer = await ask(`{
      event(id: "event:carney-takes-office") {
        time { label precision outsideArticle source { kind } }
        articleTime { label precision earliestStart latestEnd outsideArticle }
        timeClaims { expression precision fromArticle stated best conflict earliestStart latestStart earliestEnd latestEnd
          sentence note source { id kind } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const { time, articleTime, timeClaims } = answer.data.event;
    expect(time).toEqual({
      label: '14 Mar 2025',
      precision: 'DAY',
      outsideArticle: true,
      source: { kind: 'REFERENCE' },
    });
    // The article's claim: spring 2025 with the season's bounds, the article's own.
    expect(articleTime).toEqual({
      label: 'spring 2025',
      precision: 'SEASON',
      earliestStart: '2025-03-01T00:00:00.000-05:00',
      latestEnd: '2025-06-01T00:00:00.000-04:00',
      outsideArticle: false,
    });
    expect(timeClaims).toEqual([
      {
        expression: 'last spring',
        precision: 'SEASON',
        fromArticle: true,
        stated: true,
        best: false,
        conflict: null,
        earliestStart: '2025-03-01T00:00:00.000-05:00',
        latestStart: '2025-06-01T00:00:00.000-04:00',
        earliestEnd: '2025-03-01T00:00:00.000-05:00',
        latestEnd: '2025-06-01T00:00:00.000-04:00',
        sentence:
          "Since taking office last spring, Carney's government has described Beijing as strategic partner.",
        note: null,
        source: { id: 'source:cp-2026-01-14-carney-beijing', kind: 'ARTICLE' },
      },
      {
        expression: '2025-03-14',
        precision: 'DAY',
        fromArticle: false,
        stated: false,
        best: true,
        conflict: null,
        earliestStart: '2025-03-14T00:00:00.000-04:00',
        latestStart: '2025-03-15T00:00:00.000-04:00',
        earliestEnd: '2025-03-14T00:00:00.000-04:00',
        latestEnd: '2025-03-15T00:00:00.000-04:00',
        sentence: null,
        note: 'Sworn in as prime minister on 14 March 2025.',
        source: { id: 'source:ref-carney-sworn-in-2025', kind: 'REFERENCE' },
      },
    ]);
  });

  it('orders 2018 cause first on both bases, with each derivation naming its link, event and sentence', async () => {
    const fields = `edges { orderCertainty orderNote node { id
      time { derivations { bound rule linkType otherEvent sentence source { kind } explanation } }
      articleTime { derivations { bound otherEvent } } } }`;
    const answer = await ask(`{
      best: timeline(from: "2018", to: "2018", precisions: [DAY, YEAR]) { ${fields} }
      article: timeline(from: "2018", to: "2018", basis: ARTICLE, precisions: [DAY, YEAR]) { ${fields} }
    }`);
    expect(answer.errors).toBeUndefined();
    const ids = (c: { edges: Edge[] }) => c.edges.map((e) => e.node.id);
    expect(ids(answer.data.best)).toEqual([
      'event:meng-wanzhou-arrest',
      'event:detention-of-two-canadians',
      'event:canada-china-relationship-breakdown',
    ]);
    expect(ids(answer.data.article)).toEqual([
      'event:detention-of-two-canadians',
      'event:canada-china-relationship-breakdown',
    ]);
    const breakdown = answer.data.best.edges[2];
    expect(breakdown.orderCertainty).toBe('CERTAIN');
    expect(breakdown.node.time.derivations).toEqual([
      {
        bound: 'EARLIEST_START',
        rule: 'LINK',
        // The order the article states ("fell apart ... after"), not the cause read into it.
        linkType: 'FOLLOWED_BY',
        otherEvent: 'event:detention-of-two-canadians',
        sentence: expect.stringContaining('fell apart in 2018 after China detained two Canadians'),
        source: { kind: 'ARTICLE' },
        explanation: expect.stringMatching(/^starts no earlier than 10 Dec 2018: /),
      },
      {
        bound: 'EARLIEST_END',
        rule: 'START_BEFORE_END',
        linkType: null,
        otherEvent: null,
        sentence: null,
        source: null,
        explanation: 'ends no earlier than 10 Dec 2018: it cannot end before it starts',
      },
    ]);
    // By the article alone the detention starts somewhere in 2018: nothing to tighten the breakdown by.
    expect(answer.data.article.edges[1].node.articleTime.derivations).toEqual([]);
  });

  it('ends the detention at the release: the release ENDED it, so it meets the release and never outlasts it', async () => {
    const answer = await ask(`{
      event(id: "event:detention-of-two-canadians") {
        time { label tightened { earliestEnd latestEnd } }
        articleTime { label tightened { latestEnd } }
        consequences { type event { id } }
      }
      before: around(event: "event:release-of-two-canadians", position: BEFORE, match: CERTAINLY, first: 100) {
        edges { node { id } relation { possible certain } }
      }
      overlapping: around(event: "event:release-of-two-canadians", position: OVERLAPPING) {
        edges { node { id } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const { time, articleTime, consequences } = answer.data.event;
    expect(time.label).toBe('10 Dec 2018 – c. 2021');
    expect(time.tightened).toEqual({
      earliestEnd: '2021-09-24T00:00:00.000-04:00',
      latestEnd: '2021-09-25T00:00:00.000-04:00',
    });
    // The release is known only from outside the article: the article's own detention still ends c. 2021.
    expect(articleTime).toEqual({
      label: '2018 – c. 2021',
      tightened: { latestEnd: '2022-01-01T00:00:00.000-05:00' },
    });
    expect(consequences).toContainEqual({
      type: 'ENDED_BY',
      event: { id: 'event:release-of-two-canadians' },
    });
    expect(answer.data.before.edges).toContainEqual({
      node: { id: 'event:detention-of-two-canadians' },
      relation: { possible: ['MEETS'], certain: 'MEETS' },
    });
    expect(answer.data.overlapping.edges.map((e: Edge) => e.node.id)).not.toContain(
      'event:detention-of-two-canadians',
    );
  });

  it('counts day-precise events per day of the visit week, leaving windows and day ranges out', async () => {
    const answer = await ask(`{
      timeline(from: "2026-01-12", to: "2026-01-19", first: 100) {
        edges { node { id time { precision earliestStart } } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const perDay: Record<string, string[]> = {};
    for (const { node } of answer.data.timeline.edges as Edge[]) {
      const day = DateTime.fromISO(node.time.earliestStart, { setZone: true }).toISODate()!;
      // Dated to the day, on a day of the week (states in force since earlier are not that week's).
      if (node.time.precision !== 'DAY' || day < '2026-01-12') continue;
      (perDay[day] ??= []).push(node.id);
      perDay[day].sort();
    }
    expect(perDay).toEqual({
      '2026-01-12': ['event:china-daily-editorial'],
      '2026-01-13': ['event:ford-remarks-ev-tariffs'],
      '2026-01-14': [
        'event:anand-remarks-beijing',
        'event:carney-lands-in-beijing',
        'event:carney-visit-to-china',
      ],
      '2026-01-16': [
        'event:carney-xi-meeting-beijing',
        'event:ccbc-banquet-dinner-beijing',
        'event:expected-low-hanging-fruit-agreements',
      ],
    });
    const precisionOf = (id: string) =>
      (answer.data.timeline.edges as Edge[]).find((e) => e.node.id === id)?.node.time.precision;
    expect(precisionOf('event:canada-china-negotiations')).toBe('WINDOW');
    expect(precisionOf('event:carney-meets-senior-communist-leaders')).toBe('DAY_RANGE');
    expect(precisionOf('event:canada-advises-mps-to-quit-taiwan-visit')).toBe('WINDOW');
  });

  it('says an order is uncertain where neither dates nor links fix it', async () => {
    const answer = await ask(`{
      timeline(from: "2026-01-16", to: "2026-01-16", match: CERTAINLY) { edges { orderCertainty orderNote node { id } } }
    }`);
    expect(answer.errors).toBeUndefined();
    const edges = answer.data.timeline.edges as Edge[];
    // Three things on the same Friday: nothing tells which came first, and the list says so.
    expect(edges.length).toBeGreaterThanOrEqual(3);
    expect(edges.slice(1).map((e) => e.orderCertainty)).toContain('POSSIBLE');
    // Keyset pages keep saying so across their boundary.
    const first = await ask(
      `{ timeline(from: "2026-01-16", to: "2026-01-16", match: CERTAINLY, first: 1) { pageInfo { endCursor } } }`,
    );
    const after = first.data.timeline.pageInfo.endCursor;
    const next = await ask(
      `query($after: String) { timeline(from: "2026-01-16", to: "2026-01-16", match: CERTAINLY, first: 1, after: $after) { edges { orderCertainty node { id } } } }`,
      { after },
    );
    expect(next.data.timeline.edges).toEqual([
      { orderCertainty: edges[1]!.orderCertainty, node: edges[1]!.node },
    ]);
  });

  it('with basis ARTICLE answers only from the article: no teaser stories, no outside-only dates', async () => {
    const answer = await ask(`{
      best: timeline(first: 100) { edges { node { id evidence { source { kind } } } } }
      article: timeline(first: 100, basis: ARTICLE) { edges { node { id evidence { source { kind } } timeClaims { fromArticle } } } }
    }`);
    expect(answer.errors).toBeUndefined();
    const kinds = (c: { edges: Edge[] }) =>
      new Set(
        c.edges.flatMap((e) => e.node.evidence.map((ev: { source: { kind: string } }) => ev.source.kind)),
      );
    expect(kinds(answer.data.best)).toContain('TEASER');
    expect(kinds(answer.data.article)).not.toContain('TEASER');
    for (const edge of answer.data.article.edges as Edge[])
      expect(edge.node.timeClaims.some((c: { fromArticle: boolean }) => c.fromArticle)).toBe(true);
    const articleIds = (answer.data.article.edges as Edge[]).map((e) => e.node.id);
    expect(articleIds).not.toContain('event:meng-wanzhou-arrest');
    expect(articleIds).not.toContain('event:release-of-two-canadians');
    expect(articleIds).toContain('event:canada-china-relationship-breakdown');
  });

  it('refuses around on the article basis for an event the article does not date, saying what to ask instead', async () => {
    const answer = await ask(`{
      around(event: "event:meng-wanzhou-arrest", position: AFTER, basis: ARTICLE) { edges { node { id } } }
    }`);
    expect(answer.errors?.[0]?.message).toBe(
      'event: the article does not date event:meng-wanzhou-arrest; ask with basis: BEST',
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("gives every time in the story's zone with its offset, and every source its reference time", async () => {
    const answer = await ask(`{
      timeline(first: 100) { edges { node { time { start end earliestStart latestStart earliestEnd latestEnd
        tightened { start end earliestStart latestEnd } }
        timeClaims { start earliestStart latestEnd }
        evidence { source { id kind publishedAt availableAt referenceTime recordedAt } } } } }
    }`);
    expect(answer.errors).toBeUndefined();
    const instants = instantsIn(answer.data);
    expect(instants.length).toBeGreaterThan(500);
    for (const instant of instants) {
      expect(instant).toMatch(/-0[45]:00$/);
      const dt = DateTime.fromISO(instant, { setZone: true });
      expect(dt.offset).toBe(DateTime.fromISO(instant).setZone('America/Toronto').offset);
    }
    const sources = (answer.data.timeline.edges as Edge[]).flatMap((e) =>
      e.node.evidence.map((ev: { source: Record<string, string | null> }) => ev.source),
    );
    // The article and every teaser have one; an undated outside reference has none (only its absolute
    // dates are used), and says so rather than borrowing the article's.
    for (const source of sources)
      expect(source.referenceTime === null).toBe(source.kind === 'REFERENCE' && source.publishedAt === null);
    expect(sources.find((s) => s.id === 'source:cp-2026-01-14-carney-beijing')?.referenceTime).toBe(
      '2026-01-14T12:58:00.000-05:00',
    );
  });

  it('finds no time contradiction in the story', async () => {
    const answer = await ask('{ timeContradictions { event explanation } }');
    expect(answer.data.timeContradictions).toEqual([]);
  });
});

describe('contradictions in new documents', () => {
  const scratch = useSeededStory('scratch');

  function contradictory(token: string): TestDocument {
    const doc = smallDocument(token);
    doc.source.text += ` The ${token} crisis began in 2020. The ${token} rupture came in 2018, caused by the crisis.`;
    const event = (id: string, title: string, expression: string, sentence: string) => ({
      id: `event:${id}-${token}`,
      type: 'OTHER',
      title,
      status: 'HAPPENED',
      time: { expression },
      participants: [{ actor: `person:alice-${token}`, role: 'AGENT' }],
      evidence: { sentence },
    });
    doc.events.push(
      event('crisis', 'Crisis', 'in 2020', `The ${token} crisis began in 2020.`),
      event('rupture', 'Rupture', 'in 2018', `The ${token} rupture came in 2018, caused by the crisis.`),
    );
    doc.eventLinks = [
      {
        from: `event:crisis-${token}`,
        type: 'CAUSED',
        to: `event:rupture-${token}`,
        modality: 'STATED',
        cue: 'caused by',
        evidence: { sentence: `The ${token} rupture came in 2018, caused by the crisis.` },
      },
    ];
    return doc;
  }

  it('reports an effect certainly before its cause in the dry run, writes it flagged, and lists it in the API', async () => {
    const token = uniqueToken('contra');
    const doc = parseDocument(contradictory(token), 'contra.json');
    const checked = await checkDocument(scratch.runner, doc);
    expect(checked.timeContradictions.map((c) => [c.basis, c.links.map((l) => l.type)])).toEqual(
      expect.arrayContaining([
        ['BEST', ['CAUSED']],
        ['ARTICLE', ['CAUSED']],
      ]),
    );
    const report = await ingestDocument(scratch.runner, doc);
    expect(report.timeContradictions.length).toBe(checked.timeContradictions.length);
    const listed = await scratch.ask('{ timeContradictions { event basis explanation } }');
    const mine = listed.data.timeContradictions.filter((c: { event: string }) => c.event.endsWith(token));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine[0].explanation).toContain(`event:crisis-${token} CAUSED event:rupture-${token}`);
    // Kept as stated, not silently "fixed": the rupture is still "in 2018".
    const rupture = await scratch.ask(
      `{ event(id: "event:rupture-${token}") { time { label tightened { earliestStart } } } }`,
    );
    expect(rupture.data.event.time).toEqual({
      label: '2018',
      tightened: { earliestStart: '2018-01-01T00:00:00.000-05:00' },
    });
    const [stored] = (await scratch.runner.read(queries.timeContradictions, {})).rows;
    expect(stored?.contradictions.some((json) => json.includes(token))).toBe(true);
  });
});
