import { relate, type FuzzyTime } from '../time';

/** No later time along the list is certainly before an earlier one (Allen `before`/`meets`). */
function runsForward(dated: FuzzyTime[]): boolean {
  return dated.every((earlier, i) =>
    dated.slice(i + 1).every((later) => relate(later, earlier).order !== 'before'),
  );
}

/**
 * True when time runs one way along a path, read from either end: no later time along it is certainly
 * before an earlier one, or else none is certainly after one. So a path and its reverse get the same
 * verdict. Untimed entries (actors) are skipped; fuzzy times that may overlap or touch never break it.
 * This is the definition; cypher/fragments/graph-path-pattern.cypher enforces the same condition on the
 * bounds (a later time breaks a direction when its latestEnd <= the earlier one's earliestStart).
 */
export function isTimeRespecting(times: Array<FuzzyTime | null>): boolean {
  const dated = times.filter((time): time is FuzzyTime => time !== null);
  return runsForward(dated) || runsForward([...dated].reverse());
}
