import { Zipf } from '../../../src/generate/zipf';
import { Random } from '../../../src/generate/random';
import type { PreparedDocument } from '../../../src/model/prepared';
import { corpus, prepare } from './corpus-support';

const prepared = (events: number, seed: number): PreparedDocument[] =>
  corpus(events, seed).map((g) => prepare(g).prepared!);

describe('the shape of a generated corpus', () => {
  const docs = prepared(10_000, 3);
  const events = docs.flatMap((d) => d.events);

  it.each([0, 1, 19, 101, 2_345, 10_000])('holds exactly %i events', (n) => {
    const generated = corpus(n, 3);
    expect(generated.reduce((sum, g) => sum + g.document.events.length, 0)).toBe(n);
    expect(generated.every((g) => g.document.events.length === g.events)).toBe(true);
  });

  it('has a heavy tail of actors: the busiest in a large share of events, many seen once', () => {
    const counts = new Map<string, number>();
    for (const event of events)
      for (const actor of new Set(event.participants.map((p) => p.actor)))
        counts.set(actor, (counts.get(actor) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const [[busiest, most], [, second]] = ranked as [[string, number], [string, number]];
    expect(busiest).toBe('gov:canada');
    expect(most / events.length).toBeGreaterThan(0.15);
    expect(most).toBeGreaterThan(2 * second);
    const once = ranked.filter(([, n]) => n === 1).length;
    expect(once / ranked.length).toBeGreaterThan(0.15);
  });

  it('shares actors across documents by id', () => {
    const declaring = docs.filter((d) => d.actors.some((a) => a.id === 'gov:canada'));
    expect(declaring.length / docs.length).toBeGreaterThan(0.5);
    const names = new Set(declaring.map((d) => d.actors.find((a) => a.id === 'gov:canada')!.name));
    expect([...names]).toEqual(['Government of Canada']);
  });

  it('mixes precisions, windows and open-ended states, and dates spread over decades', () => {
    const tally = new Map<string, number>();
    for (const event of events) {
      const own = event.time.claims[0]!.time;
      tally.set(own.precision, (tally.get(own.precision) ?? 0) + 1);
    }
    for (const precision of ['day', 'day_range', 'month', 'season', 'quarter', 'year', 'window'])
      expect(tally.get(precision) ?? 0).toBeGreaterThan(events.length * 0.005);
    expect((tally.get('day') ?? 0) / events.length).toBeLessThan(0.6);
    const ongoing = events.filter((e) => e.time.value.latestEnd === null).length;
    expect(ongoing / events.length).toBeGreaterThan(0.02);
    const years = new Set(events.map((e) => e.time.value.start.year));
    expect(Math.min(...years)).toBeLessThan(1995);
    expect(Math.max(...years)).toBeGreaterThan(2028);
    expect(events.some((e) => e.time.claims.length > 1)).toBe(true);
  });

  it('has sub-events, causal chains, statements with speakers, roles over time and several kinds of source', () => {
    const links = new Set(docs.flatMap((d) => d.eventLinks.map((l) => l.type)));
    expect([...links].sort()).toEqual([
      'CAUSED',
      'ENDED_BY',
      'FOLLOWED_BY',
      'RESPONSE_TO',
      'RETALIATION_FOR',
    ]);
    expect(events.filter((e) => e.partOf).length).toBeGreaterThan(events.length * 0.1);
    const statements = docs.flatMap((d) => d.statements);
    expect(statements.length).toBeGreaterThan(events.length * 0.05);
    expect(new Set(statements.map((s) => s.kind))).toEqual(new Set(['QUOTE', 'REPORTED']));
    expect(docs.flatMap((d) => d.roles).some((r) => r.time?.value.latestEnd === null)).toBe(true);
    expect(docs.flatMap((d) => d.roles).some((r) => r.time?.value.lasting)).toBe(true);
    const kinds = new Set(docs.flatMap((d) => d.sources.map((s) => s.kind)));
    expect(kinds).toEqual(new Set(['ARTICLE', 'TEASER', 'REFERENCE']));
    expect(new Set(docs.map((d) => d.sources[0]!.availableAt?.slice(0, 4))).size).toBeGreaterThan(30);
  });
});

describe('Zipf ranks', () => {
  it('draw rank 0 about as often as its share says', () => {
    const zipf = new Zipf(1000, 1);
    const random = new Random(1);
    let zeros = 0;
    for (let i = 0; i < 20_000; i++) if (zipf.draw(random) === 0) zeros += 1;
    expect(zeros / 20_000).toBeCloseTo(zipf.share(0), 2);
  });
});
