import { relate, type FuzzyTime } from '../time';

/**
 * True when no later time along a path is certainly before an earlier one: for every pair, the later
 * one's Allen relation to the earlier is not certainly `before`/`meets` (`relate().order === 'before'`).
 * Untimed entries (actors) are skipped. Fuzzy times that may overlap or touch never break it. This is
 * the definition; cypher/fragments/graph-path-pattern.cypher enforces the same condition on the bounds
 * (a later time breaks it when its latestEnd <= the earlier one's earliestStart).
 */
export function isTimeRespecting(times: Array<FuzzyTime | null>): boolean {
  const dated = times.filter((time): time is FuzzyTime => time !== null);
  return dated.every((earlier, i) =>
    dated.slice(i + 1).every((later) => relate(later, earlier).order !== 'before'),
  );
}
