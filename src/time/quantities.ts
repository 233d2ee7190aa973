import { Duration } from 'luxon';

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

export function parseCount(word: string): number | undefined {
  if (/^\d+$/.test(word)) {
    const n = Number(word);
    return n > 0 ? n : undefined;
  }
  return NUMBER_WORDS[word];
}

export type DurationUnit = 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade';

export const UNIT_PATTERN = '(hour|day|week|month|year|decade)s?';

export function durationOf(count: number, unit: DurationUnit): Duration {
  return unit === 'decade'
    ? Duration.fromObject({ years: 10 * count })
    : Duration.fromObject({ [`${unit}s`]: count });
}

/** Upper end of a vague count ("the next number of days"), per unit. */
export const VAGUE_COUNT: Record<DurationUnit, number> = {
  hour: 12,
  day: 14,
  week: 4,
  month: 6,
  year: 5,
  decade: 3,
};

export const VAGUE_PATTERN = '(?:a )?number of|a few|few|several';

export type Hedge = 'nearly' | 'about' | 'over' | 'exact';

const HEDGE_WORDS: Record<string, Hedge> = {
  nearly: 'nearly',
  almost: 'nearly',
  'just under': 'nearly',
  about: 'about',
  around: 'about',
  roughly: 'about',
  approximately: 'about',
  some: 'about',
  over: 'over',
  'more than': 'over',
  'just over': 'over',
};

export const HEDGE_PATTERN = Object.keys(HEDGE_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export function parseHedge(words: string | undefined): Hedge {
  return words === undefined ? 'exact' : (HEDGE_WORDS[words] ?? 'exact');
}

/** Fractions of the stated duration by which the true length may fall short of / exceed it. */
export const HEDGE_PADDING: Record<Hedge, { below: number; above: number }> = {
  nearly: { below: 0.15, above: 0 },
  about: { below: 0.1, above: 0.1 },
  over: { below: 0, above: 0.15 },
  exact: { below: 0, above: 0 },
};

/**
 * `fraction` of `d`, measured with luxon's casual conversion (1 year = 365 days, 1 month = 30 days)
 * and rounded to whole days, or to whole minutes below a day, so bounds stay on readable instants.
 */
export function fractionOf(d: Duration, fraction: number): Duration {
  const days = d.as('days');
  return days >= 1
    ? Duration.fromObject({ days: Math.round(days * fraction) })
    : Duration.fromObject({ minutes: Math.round(d.as('minutes') * fraction) });
}
