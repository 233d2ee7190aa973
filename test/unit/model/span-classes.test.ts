import { DateTime } from 'luxon';
import {
  actorsFirstUpTo,
  sliceFrom,
  spanClassOf,
  UNBOUNDED_CLASS,
  WINDOW_SLICES,
} from '../../../src/model/span-classes';

const at = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });
const OPEN_PAST = at('0001-01-01');

describe('span classes', () => {
  it('puts a time in the smallest class whose length holds it, exactly at powers of two', () => {
    expect(spanClassOf(at('2026-01-14'), at('2026-01-15'))).toBe(0);
    expect(spanClassOf(at('2026-01-14'), at('2026-01-16'))).toBe(1);
    expect(spanClassOf(at('2026-01-14'), at('2026-01-22'))).toBe(3);
    expect(spanClassOf(at('2026-01-14'), at('2026-01-22T00:00:01'))).toBe(4);
    expect(spanClassOf(at('2018-01-01'), at('2019-01-01'))).toBe(9);
    expect(spanClassOf(at('1990-01-01'), at('2026-01-01'))).toBe(14);
    expect(spanClassOf(at('1500-01-01'), at('2026-01-01'))).toBe(UNBOUNDED_CLASS);
    expect(spanClassOf(at('2025-03-14'), null)).toBe(UNBOUNDED_CLASS);
  });

  it("gives a window one slice per class, each reaching back as far as its class's longest time", () => {
    const from = at('2029-06-01');
    expect(WINDOW_SLICES).toHaveLength(UNBOUNDED_CLASS + 1);
    expect(sliceFrom(WINDOW_SLICES[0]!, from, OPEN_PAST)).toEqual(at('2029-05-31'));
    expect(sliceFrom(WINDOW_SLICES[3]!, from, OPEN_PAST)).toEqual(at('2029-05-24'));
    expect(sliceFrom(WINDOW_SLICES.at(-1)!, from, OPEN_PAST)).toEqual(OPEN_PAST);
  });

  it('starts every slice at the window for events certainly in it, which start in it', () => {
    const from = at('2018-12-01');
    for (const slice of WINDOW_SLICES) expect(sliceFrom(slice, from, OPEN_PAST, from)).toEqual(from);
    // Around an anchor the seeks' window may start later than the asked one: the later bound holds.
    expect(sliceFrom(WINDOW_SLICES[0]!, at('2019-01-10'), OPEN_PAST, from)).toEqual(at('2019-01-09'));
  });

  it('finds every overlapping time in the slice of its class', () => {
    // Every time that overlaps the window starts within its class's slice.
    const from = at('2018-12-01');
    for (const [start, end] of [
      ['2018-11-30T12:00', '2018-12-01T06:00'],
      ['2018-11-01', '2018-12-02'],
      ['2010-01-01', '2019-01-01'],
      ['1960-01-01', null],
    ] as const) {
      const spanClass = spanClassOf(at(start), end ? at(end) : null);
      expect(at(start) >= sliceFrom(WINDOW_SLICES[spanClass]!, from, OPEN_PAST)).toBe(true);
    }
  });

  it("reads a busy actor's decades from the actor and its weeks from the window", () => {
    expect(actorsFirstUpTo(at('2029-03-05'), at('2029-03-12'))).toBe(2_000);
    expect(actorsFirstUpTo(at('2000-01-01'), at('2020-01-01'))).toBe(2_000);
    expect(actorsFirstUpTo(OPEN_PAST, at('9999-12-31'))).toBeGreaterThan(100_000_000);
  });
});
