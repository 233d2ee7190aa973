import type { FuzzyTime, Precision } from './fuzzy-time';
import { finish } from './build';
import { durationOf, fractionOf, HEDGE_PADDING, type DurationUnit, type Hedge } from './quantities';

/**
 * The interval that starts with `anchor` and lasts `count` `unit`s, hedged. The best end is
 * anchor start + duration; the end bounds widen the anchor's own start bounds by the hedge padding.
 */
export function lasting(
  expression: string,
  anchor: FuzzyTime,
  count: number,
  unit: DurationUnit,
  hedge: Hedge,
): FuzzyTime {
  const d = durationOf(count, unit);
  const { below, above } = HEDGE_PADDING[hedge];
  const shortest = d.minus(fractionOf(d, below));
  const longest = d.plus(fractionOf(d, above));
  return finish({
    expression,
    precision: lastingPrecision(unit),
    approximate: hedge !== 'exact' || anchor.approximate,
    lasting: lastingMillis(count, unit, hedge),
    start: anchor.start,
    end: anchor.start.plus(d),
    earliestStart: anchor.earliestStart,
    latestStart: anchor.latestStart,
    earliestEnd: anchor.earliestStart.plus(shortest),
    latestEnd: anchor.latestStart.plus(longest),
  });
}

const DAY_MS = 86_400_000;
/** Shortest and longest calendar length of one unit, in days (leap years, short months, DST aside). */
const UNIT_DAYS: Record<DurationUnit, [number, number]> = {
  hour: [1 / 24, 1 / 24],
  day: [1, 1],
  week: [7, 7],
  month: [28, 31],
  year: [365, 366],
  decade: [3652, 3653],
};

/**
 * The stated length as the time network uses it: never narrower than any calendar reading (a year of 365
 * or 366 days, a month of 28 to 31, a day of slack for daylight saving), so it can never tighten a bound
 * the words do not.
 */
function lastingMillis(count: number, unit: DurationUnit, hedge: Hedge) {
  const [short, long] = UNIT_DAYS[unit];
  const { below, above } = HEDGE_PADDING[hedge];
  const slack = unit === 'hour' ? 0 : 1;
  return {
    shortest: Math.max(0, (count * short * (1 - below) - slack) * DAY_MS),
    longest: (count * long * (1 + above) + slack) * DAY_MS,
  };
}

/** What a duration's words say: its own unit ("nearly three years" is known to the year, not the day). */
function lastingPrecision(unit: DurationUnit): Precision {
  return unit === 'hour' ? 'instant' : unit === 'day' ? 'day_range' : unit;
}
