import type { FuzzyTime } from './fuzzy-time';
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
  return finish({
    expression,
    precision: anchor.precision,
    start: anchor.start,
    end: anchor.start.plus(d),
    earliestStart: anchor.earliestStart,
    latestStart: anchor.latestStart,
    earliestEnd: anchor.earliestStart.plus(d).minus(fractionOf(d, below)),
    latestEnd: anchor.latestStart.plus(d).plus(fractionOf(d, above)),
  });
}
