import { DateTime } from 'luxon';
import { deriveTimes, type NetworkEventLink } from '../../../src/model/derived-time';
import type { ResolvedEvidence } from '../../../src/model/prepared';
import { basisBounds, claimsFromJson, claimsToJson, rankClaims } from '../../../src/model/time-claims';
import { resolveTime } from '../../../src/time';

const reference = DateTime.fromISO('2026-01-14T12:58:00', { zone: 'America/Toronto' });
const time = (expression: string, anchor?: string) =>
  resolveTime(expression, {
    reference,
    tense: 'past',
    anchor: anchor ? resolveTime(anchor, { reference, tense: 'past' }) : undefined,
  });

const article = (sentence: string): ResolvedEvidence => ({
  sourceId: 'source:article',
  sourceKind: 'ARTICLE',
  sentence,
  charStart: 0,
  charEnd: sentence.length,
  outsideArticle: false,
  note: null,
});
const outside = (note: string): ResolvedEvidence => ({
  sourceId: 'source:ref',
  sourceKind: 'REFERENCE',
  sentence: null,
  charStart: null,
  charEnd: null,
  outsideArticle: true,
  note,
});
const claim = (expression: string, evidence: ResolvedEvidence, anchor?: string) => ({
  time: time(expression, anchor),
  evidence,
  sourceKind: evidence.outsideArticle ? 'REFERENCE' : 'ARTICLE',
  stated: !evidence.outsideArticle,
});

describe('time claims', () => {
  const office = rankClaims([
    claim('last spring', article('Since taking office last spring')),
    claim('2025-03-14', outside('Sworn in on 14 March 2025.')),
  ]);

  it("keeps the article's words beside the outside date, and takes the more precise consistent one as best", () => {
    expect(office.map((c) => [c.time.expression, c.time.label, c.best, c.conflict])).toEqual([
      ['last spring', 'spring 2025', false, null],
      ['2025-03-14', '14 Mar 2025', true, null],
    ]);
  });

  it('BEST stands on every consistent claim, ARTICLE on the article alone', () => {
    const ms = (iso: string) => DateTime.fromISO(iso, { zone: 'America/Toronto' }).toMillis();
    expect(basisBounds(office, 'BEST')).toMatchObject({
      earliestStart: ms('2025-03-14'),
      latestEnd: ms('2025-03-15'),
    });
    expect(basisBounds(office, 'ARTICLE')).toMatchObject({
      earliestStart: ms('2025-03-01'),
      latestEnd: ms('2025-06-01'),
    });
  });

  it("flags an outside date that cannot hold with the article's words, keeps it, and leaves it out of the best estimate", () => {
    const ranked = rankClaims([
      claim('last spring', article('Since taking office last spring')),
      claim('2025-09-14', outside('A wrong date.')),
    ]);
    expect(ranked[1]?.conflict).toContain('cannot hold with "last spring" (spring 2025)');
    expect(ranked.map((c) => c.best)).toEqual([true, false]);
    expect(basisBounds(ranked, 'BEST')?.earliestStart).toBe(ranked[0]?.time.earliestStart.toMillis());
  });

  it('a stored claim list reads back as it was written', () => {
    const back = claimsFromJson(claimsToJson(office), 'event:x');
    expect(
      back.map((c) => [c.time.expression, c.time.label, c.time.start.toISO(), c.evidence.note, c.best]),
    ).toEqual(
      office.map((c) => [c.time.expression, c.time.label, c.time.start.toISO(), c.evidence.note, c.best]),
    );
    expect(() => claimsFromJson('[{"expression": 1}]', 'event:x')).toThrow(
      /event:x has malformed stored time claims/,
    );
  });
});

describe('derived times on both bases', () => {
  const sentence = 'The relationship fell apart in 2018 after China detained two Canadians.';
  const events = [
    {
      id: 'event:detention',
      title: 'Detention',
      claims: rankClaims([
        claim('for nearly three years', article(sentence), 'in 2018'),
        claim('for nearly three years', outside('Detained on 10 December 2018.'), '2018-12-10'),
      ]),
    },
    {
      id: 'event:release',
      title: 'Release',
      claims: rankClaims([claim('2021-09-24', outside('Released on 24 September 2021.'))]),
    },
    { id: 'event:breakdown', title: 'Breakdown', claims: rankClaims([claim('in 2018', article(sentence))]) },
  ];
  const link = (from: string, type: string, to: string, fromArticle: boolean): NetworkEventLink => ({
    from,
    type,
    to,
    sourceId: fromArticle ? 'source:article' : 'source:ref',
    sourceKind: fromArticle ? 'ARTICLE' : 'REFERENCE',
    outsideArticle: !fromArticle,
    sentence: fromArticle ? sentence : null,
    note: fromArticle ? null : 'The detention ended with their release.',
    modality: 'STATED',
  });
  const derived = deriveTimes(events, [
    link('event:detention', 'CAUSED', 'event:breakdown', true),
    link('event:detention', 'ENDED_BY', 'event:release', false),
  ]);
  const props = (id: string) => derived.events.find((e) => e.id === id)?.props;

  it('BEST: the breakdown starts no earlier than the detention, and says why in words', () => {
    expect(props('event:breakdown')?.derivedEarliestStart.toISODate()).toBe('2018-12-10');
    const [why] = JSON.parse(props('event:breakdown')?.timeDerivations ?? '[]');
    expect(why.explanation).toBe(`starts no earlier than 10 Dec 2018: "Detention" caused it, "${sentence}"`);
  });

  it('BEST: the release ends the detention; ARTICLE: the article alone leaves its end at c. 2021', () => {
    expect([
      props('event:detention')?.derivedEarliestEnd?.toISODate(),
      props('event:detention')?.derivedLatestEnd?.toISODate(),
    ]).toEqual(['2021-09-24', '2021-09-25']);
    expect(props('event:detention')?.articleLatestEnd?.toISODate()).toBe('2022-01-01');
    expect(props('event:release')?.articleEarliestStart).toBeNull();
  });

  it('orders the detention before the breakdown by the link, on both bases', () => {
    expect(props('event:breakdown')?.orderAfter).toEqual(['event:detention']);
    expect(props('event:breakdown')?.articleOrderAfter).toEqual(['event:detention']);
    expect(derived.contradictions).toEqual([]);
  });

  it('reports an effect certainly before its cause, on the basis where it happens', () => {
    const broken = deriveTimes(
      [
        { id: 'event:a', title: 'A', claims: rankClaims([claim('in 2020', article('It was in 2020.'))]) },
        { id: 'event:b', title: 'B', claims: rankClaims([claim('in 2018', article('It was in 2018.'))]) },
      ],
      [link('event:a', 'CAUSED', 'event:b', true)],
    );
    expect(
      broken.contradictions.map((c) => [c.eventId === 'event:a' || c.eventId === 'event:b', c.basis]),
    ).toContainEqual([true, 'ARTICLE']);
    expect(broken.contradictions[0]?.explanation).toContain('event:a CAUSED event:b');
  });
});
