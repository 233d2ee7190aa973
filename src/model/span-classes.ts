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

/**
 * One seek of a window, for every window: the events of `spanClass` that start no earlier than `days`
 * before the window's start (any time, when `days` is negative: the open-ended class) and before its end.
 * The query computes the bound from the window (cypher/fragments/event-window.cypher), so a window that
 * only the query knows, such as around an anchor event, seeks the same way.
 */
export interface WindowSlice {
  spanClass: number;
  days: number;
}

/** The seeks that together find every event overlapping a window, one per span class. */
export const WINDOW_SLICES: readonly WindowSlice[] = [
  ...Array.from({ length: LONGEST_BOUNDED_CLASS + 1 }, (_, spanClass) => ({
    spanClass,
    days: classDays(spanClass),
  })),
  { spanClass: UNBOUNDED_CLASS, days: -1 },
];

/**
 * Where a slice's seek starts for a window from `from`: what the query computes (fragment slice-from).
 * For events certainly in the window (`certainly`, its start) no earlier than that: they start in it.
 */
export function sliceFrom(
  slice: WindowSlice,
  from: DateTime,
  openPast: DateTime,
  certainly: DateTime | null = null,
): DateTime {
  const overlapping = slice.days < 0 ? openPast : from.minus({ days: slice.days });
  return certainly && certainly > overlapping ? certainly : overlapping;
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
