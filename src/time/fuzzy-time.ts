import type { DateTime } from 'luxon';

export const PRECISIONS = ['instant', 'day', 'month', 'season', 'year', 'decade'] as const;

export type Precision = (typeof PRECISIONS)[number];

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
