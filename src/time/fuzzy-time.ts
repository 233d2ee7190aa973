import type { DateTime } from 'luxon';

/**
 * What the words said, not what the bounds allow: `day_range` is a span of whole days ("two days" from
 * 31 Oct), `window` an unanchored span ("recently", "over the next number of days"), the rest one unit.
 */
export const PRECISIONS = [
  'instant',
  'day',
  'day_range',
  'week',
  'month',
  'season',
  'quarter',
  'year',
  'decade',
  'window',
] as const;

export type Precision = (typeof PRECISIONS)[number];

/** The calendar unit a precision's endpoints are read at: a day range and a window have day endpoints. */
export type Granularity = Exclude<Precision, 'day_range' | 'window'>;

export function granularityOf(precision: Precision): Granularity {
  return precision === 'day_range' || precision === 'window' ? 'day' : precision;
}

/** How long a duration lasts, in milliseconds, when the time was stated as one ("nearly three years"). */
export interface Lasting {
  shortest: number;
  longest: number;
}

export type Tense = 'past' | 'present' | 'future';

/** The true instant lies in [earliest, latest]. */
export interface FuzzyPoint {
  earliest: DateTime;
  latest: DateTime;
}

/**
 * An event time whose endpoints are only known to lie within bounds.
 * `start` is inclusive, `end` exclusive; `end`/`latestEnd` null means open (ongoing).
 */
export interface FuzzyTime {
  expression: string;
  edtf: string;
  precision: Precision;
  /** Hedged words: "nearly", "about", "c.". */
  approximate: boolean;
  /** The stated length, kept so a tightened start moves the end with it; null when not a duration. */
  lasting: Lasting | null;
  start: DateTime;
  end: DateTime | null;
  earliestStart: DateTime;
  latestStart: DateTime;
  earliestEnd: DateTime | null;
  latestEnd: DateTime | null;
  label: string;
}

export class TimeExpressionError extends Error {
  constructor(
    readonly expression: string,
    detail: string,
  ) {
    super(`Cannot read time expression "${expression}": ${detail}`);
    this.name = 'TimeExpressionError';
  }
}

/** Earliest instant the thing can touch: its earliest possible start. */
export function earliest(f: FuzzyTime): DateTime {
  return f.earliestStart;
}

/** Latest instant the thing can touch: its latest possible end, null when open-ended. */
export function latest(f: FuzzyTime): DateTime | null {
  return f.latestEnd;
}

export function startBounds(f: FuzzyTime): FuzzyPoint {
  return { earliest: f.earliestStart, latest: f.latestStart };
}

/** Null when the end is unbounded above. */
export function endBounds(f: FuzzyTime): FuzzyPoint | null {
  if (f.latestEnd === null) return null;
  return { earliest: f.earliestEnd ?? f.earliestStart, latest: f.latestEnd };
}

/** Every broken invariant of `f`, described; empty when `f` is consistent. */
export function invariantViolations(f: FuzzyTime): string[] {
  const problems: string[] = [];
  const le = (a: DateTime, b: DateTime) => a.toMillis() <= b.toMillis();
  if (!le(f.earliestStart, f.start)) problems.push('earliestStart > start');
  if (!le(f.start, f.latestStart)) problems.push('start > latestStart');
  if (f.earliestEnd !== null) {
    if (!le(f.earliestStart, f.earliestEnd)) problems.push('earliestStart > earliestEnd');
    if (f.end !== null && !le(f.earliestEnd, f.end)) problems.push('earliestEnd > end');
    if (f.latestEnd !== null && !le(f.earliestEnd, f.latestEnd)) problems.push('earliestEnd > latestEnd');
  }
  if (f.end !== null) {
    if (!le(f.start, f.end)) problems.push('start > end');
    if (f.latestEnd === null) problems.push('end set but latestEnd open');
    else if (!le(f.end, f.latestEnd)) problems.push('end > latestEnd');
  }
  return problems;
}
