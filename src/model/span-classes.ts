import type { DateTime } from 'luxon';

/**
 * Span classes: an event's time, from its earliest start to its latest end, is at most 2^c days long
 * in class c (0 to 16, up to about 180 years); class 17 holds longer and open-ended ones. Stored with
 * the earliest start (a composite range index on both), they let a window [from, to) seek each class
 * between two bounds: an event of class c that overlaps the window starts before `to` and no earlier
 * than 2^c days before `from`. So a narrow window reads about the events near it, wherever it lies in
 * time, not every event that starts before its end.
 */
export const LONGEST_BOUNDED_CLASS = 16;
export const UNBOUNDED_CLASS = LONGEST_BOUNDED_CLASS + 1;

const DAY_MS = 86_400_000;
const classDays = (spanClass: number) => 2 ** spanClass;

/** The class of a time from its earliest start to its latest end (null: open-ended). */
export function spanClassOf(earliestStart: DateTime, latestEnd: DateTime | null): number {
  if (!latestEnd) return UNBOUNDED_CLASS;
  const extent = latestEnd.toMillis() - earliestStart.toMillis();
  // The smallest c with extent <= 2^c days, counted rather than taken from a logarithm: exact at powers of two.
  let spanClass = 0;
  while (spanClass <= LONGEST_BOUNDED_CLASS && extent > classDays(spanClass) * DAY_MS) spanClass += 1;
  return spanClass;
}

/** One seek of a window: the events of `spanClass` that start from `after` (and before the window's end). */
export interface WindowSlice {
  spanClass: number;
  after: DateTime;
}

/** The seeks that together find every event overlapping a window that starts at `from`. */
export function windowSlices(from: DateTime, openPast: DateTime): WindowSlice[] {
  const slices: WindowSlice[] = [];
  for (let spanClass = 0; spanClass <= LONGEST_BOUNDED_CLASS; spanClass += 1) {
    const after = from.minus({ days: classDays(spanClass) });
    slices.push({ spanClass, after: after < openPast ? openPast : after });
  }
  slices.push({ spanClass: UNBOUNDED_CLASS, after: openPast });
  return slices;
}

/**
 * Up to how many events of its actors a timeline reads from them rather than from the window's seeks: a
 * few thousand for a window of up to 20 years (its seeks read about the events near it), and every
 * actor for a longer or open window, whose seeks would read most of the graph.
 */
export function actorsFirstUpTo(from: DateTime, to: DateTime): number {
  const years = to.diff(from, 'years').years;
  return Number.isFinite(years) && years <= 20 ? 2_000 : 1_000_000_000;
}
