import type { DateTime } from 'luxon';
import type { FuzzyTime } from './fuzzy-time';
import { finish } from './build';

/**
 * Open-ended interval that began at `since` (within its start bounds) and was still running at
 * `asOf` (typically the publication reference), e.g. tariffs "in force" since October.
 */
export function ongoingSince(
  since: FuzzyTime,
  asOf: DateTime,
  expression = `since ${since.expression}`,
): FuzzyTime {
  // Running at `asOf` means it had started by then and had not yet ended.
  const stillRunning = asOf > since.earliestStart ? asOf : since.earliestStart;
  const latestStart = since.latestStart < stillRunning ? since.latestStart : stillRunning;
  return finish({
    expression,
    precision: since.precision,
    approximate: since.approximate,
    start: since.start < latestStart ? since.start : latestStart,
    end: null,
    earliestStart: since.earliestStart,
    latestStart,
    earliestEnd: stillRunning,
    latestEnd: null,
  });
}
