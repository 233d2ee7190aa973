import { DateTime } from 'luxon';
import { loadSeed } from '../../src/ingest/seed';
import { createLogger } from '../../src/logger';
import { relate, type FuzzyTime } from '../../src/time';
import { SEED_DIR, tallySeed } from '../support/seed-tally';
import { inspection, useTestRunners } from '../support/test-neo4j';

jest.setTimeout(60_000);

type Facts = {
  event: Record<string, unknown>;
  place: string | null;
  participants: Array<{ actor: string; role: string; mentionedAs: string | null }>;
  sectors: string[];
  partOf: string | null;
  links: Array<{ type: string; to: string }>;
  evidence: Array<Record<string, unknown> & { text: string | null }>;
};

const iso = (value: unknown) => (value as DateTime).toUTC().toISO();
const toronto = (text: string) => DateTime.fromISO(text, { zone: 'America/Toronto' }).toUTC().toISO();

/** The stored bounds, read back as the time module's FuzzyTime, to order events as the API will. */
function storedTime(event: Record<string, unknown>): FuzzyTime {
  const dt = (key: string) => (event[key] as DateTime | undefined) ?? null;
  return {
    expression: event.timeExpression as string,
    edtf: event.timeEdtf as string,
    label: event.timeLabel as string,
    precision: event.precision as FuzzyTime['precision'],
    approximate: false,
    lasting: null,
    start: dt('start')!,
    end: dt('end'),
    earliestStart: dt('earliestStart')!,
    latestStart: dt('latestStart')!,
    earliestEnd: dt('earliestEnd'),
    latestEnd: dt('latestEnd'),
  };
}

describe('the story, loaded from seed/ through the ingest path', () => {
  const logger = createLogger({ level: 'silent', format: 'json' });
  const runners = useTestRunners();
  const facts = async (id: string) =>
    (await runners.inspect.read(inspection.eventFacts, { id })).rows[0] as Facts;
  beforeAll(() => loadSeed(runners.runner, SEED_DIR, logger));

  it('holds every node and relationship the seven documents declare, counted per label and type', async () => {
    const expected = tallySeed();
    const labels = Object.fromEntries(
      (await runners.inspect.read(inspection.labelCountsForIds, { ids: expected.ids })).rows.map((r) => [
        r.label,
        r.count,
      ]),
    );
    const relationships = Object.fromEntries(
      (await runners.inspect.read(inspection.relationshipCountsForIds, { ids: expected.ids })).rows.map(
        (r) => [r.type, r.count],
      ),
    );
    expect(labels).toEqual(expected.labels);
    expect(relationships).toEqual(expected.relationships);
    // The story is large, not a demo: the whole article and its six teasers.
    expect(labels).toMatchObject({ Source: 25, Event: 46 });
    expect(labels.Actor).toBeGreaterThan(60);
    expect(labels.Statement).toBeGreaterThan(40);
  });

  it('loading the seed again creates nothing', async () => {
    const reports = await loadSeed(runners.runner, SEED_DIR, logger);
    expect(reports).toHaveLength(7);
    expect(reports.map((r) => r.nodesCreated + r.relationshipsCreated)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('has the 2018 arrest in Vancouver, dated to the day from outside the article, with its sentence', async () => {
    const arrest = await facts('event:meng-wanzhou-arrest');
    expect(arrest.event).toMatchObject({
      type: 'ARREST',
      status: 'HAPPENED',
      precision: 'day',
      timeOutsideArticle: true,
    });
    expect(iso(arrest.event.start)).toBe(toronto('2018-12-01'));
    expect(arrest.place).toBe('place:vancouver');
    const article = arrest.evidence.find((e) => e.aspect === 'event')!;
    expect(article.sentence).toContain(
      "Canada's arrest of a Chinese tech executive in Vancouver on a U.S. extradition warrant",
    );
    expect(article.text!.slice(article.charStart as number, article.charEnd as number)).toBe(
      article.sentence,
    );
    expect(arrest.evidence.find((e) => e.aspect === 'time')).toMatchObject({
      outsideArticle: true,
      sourceKind: 'REFERENCE',
    });
  });

  it('has the detention of the two Canadians, nearly three years from 10 Dec 2018, in retaliation for the arrest', async () => {
    const detention = await facts('event:detention-of-two-canadians');
    const arrest = await facts('event:meng-wanzhou-arrest');
    expect(detention.event).toMatchObject({ type: 'DETENTION', timeExpression: 'for nearly three years' });
    expect(iso(detention.event.start)).toBe(toronto('2018-12-10'));
    // Nearly three years: the end lies between about 2.5 and 3 years after the start.
    expect(iso(detention.event.latestEnd)).toBe(toronto('2021-12-11'));
    expect(detention.links).toContainEqual({ type: 'RETALIATION_FOR', to: 'event:meng-wanzhou-arrest' });
    expect(detention.participants.map((p) => p.actor)).toEqual(
      expect.arrayContaining(['person:michael-kovrig', 'person:michael-spavor']),
    );
    expect(relate(storedTime(arrest.event), storedTime(detention.event))).toMatchObject({
      order: 'before',
      orderCertainty: 'certain',
    });
  });

  it("has both sides' tariffs with the sectors they hit, China's in retaliation for Canada's", async () => {
    const canada = await facts('event:canada-tariffs-chinese-evs-steel-aluminum');
    const china = await facts('event:china-tariffs-pork-canola-seafood');
    expect(canada.event).toMatchObject({ type: 'TARIFF_IMPOSED', precision: 'day' });
    expect(canada.sectors.sort()).toEqual(['sector:aluminum', 'sector:electric-vehicles', 'sector:steel']);
    expect(canada.participants).toContainEqual(
      expect.objectContaining({ actor: 'gov:canada', role: 'AGENT' }),
    );
    expect(china.sectors.sort()).toEqual(['sector:canola', 'sector:pork', 'sector:seafood']);
    expect(china.participants).toContainEqual(expect.objectContaining({ actor: 'gov:china', role: 'AGENT' }));
    expect(china.links).toContainEqual({
      type: 'RETALIATION_FOR',
      to: 'event:canada-tariffs-chinese-evs-steel-aluminum',
    });
    // In force as of the story: no end yet.
    expect(china.event.latestEnd).toBeUndefined();
    expect(iso(china.event.start)).toBe(toronto('2025-03-08'));
  });

  it('has the APEC meeting of Carney and Xi, within the summit in Korea, last fall', async () => {
    const meeting = await facts('event:carney-xi-meeting-apec');
    const summit = await facts('event:apec-summit-2025');
    expect(meeting.partOf).toBe('event:apec-summit-2025');
    expect(meeting.participants.map((p) => p.actor).sort()).toEqual([
      'person:mark-carney',
      'person:xi-jinping',
    ]);
    expect(iso(meeting.event.start)).toBe(toronto('2025-10-31'));
    expect(meeting.evidence.find((e) => e.aspect === 'event')!.sentence).toBe(
      'Carney and Xi first met last fall at the APEC summit in Korea.',
    );
    expect(summit.event.type).toBe('SUMMIT');
    expect(summit.place).toBe('place:gyeongju');
  });

  it('has the Beijing visit from Wednesday 14 Jan 2026 and the planned meeting with Xi on Friday within it', async () => {
    const visit = await facts('event:carney-visit-to-china');
    const meeting = await facts('event:carney-xi-meeting-beijing');
    expect(visit.event).toMatchObject({ type: 'VISIT', timeExpression: 'on Wednesday', precision: 'day' });
    expect(iso(visit.event.start)).toBe(toronto('2026-01-14'));
    expect(visit.place).toBe('place:beijing');
    expect(visit.participants.map((p) => p.actor)).toEqual(
      expect.arrayContaining(['person:mark-carney', 'person:anita-anand', 'person:tim-hodgson']),
    );
    expect(meeting.partOf).toBe('event:carney-visit-to-china');
    expect(meeting.event).toMatchObject({
      status: 'PLANNED',
      timeExpression: 'on Friday',
      precision: 'day',
      timeLabel: '16 Jan 2026',
    });
    expect(iso(meeting.event.start)).toBe(toronto('2026-01-16'));
    expect(meeting.participants.map((p) => p.actor).sort()).toEqual([
      'person:mark-carney',
      'person:xi-jinping',
    ]);
  });

  it('resolves the other relative days against the story date: the editorial on Monday, Ford on Tuesday', async () => {
    expect(iso((await facts('event:china-daily-editorial')).event.start)).toBe(toronto('2026-01-12'));
    expect(iso((await facts('event:ford-remarks-ev-tariffs')).event.start)).toBe(toronto('2026-01-13'));
    const shift = await facts('event:canada-china-policy-shift');
    expect(shift.event).toMatchObject({ timeExpression: 'last spring', precision: 'season' });
    expect(iso(shift.event.earliestStart)).toBe(toronto('2025-03-01'));
  });

  it('merges the foreign minister of the article and of the teaser into one actor', async () => {
    const { rows } = await runners.inspect.read(inspection.actorNeighbourhood, { id: 'person:anita-anand' });
    expect(rows[0]!.nodes).toBe(1);
    expect((rows[0]!.mentionedBy as string[]).sort()).toEqual([
      'source:cp-2026-01-14-carney-beijing',
      'source:teaser-anand-consular-access',
    ]);
    expect(rows[0]!.said).toContain('statement:anand-cuts-wont-harm-consular-access');
  });

  it('gives every event of the story a sentence that its offsets find in the stored text', async () => {
    for (const id of tallySeed().ids.filter((candidate) => candidate.startsWith('event:'))) {
      const event = await facts(id);
      const own = event.evidence.filter((e) => e.aspect === 'event');
      expect(own.length).toBeGreaterThan(0);
      for (const evidence of own.filter((e) => !e.outsideArticle)) {
        expect(evidence.text!.slice(evidence.charStart as number, evidence.charEnd as number)).toBe(
          evidence.sentence,
        );
      }
    }
  });
});
