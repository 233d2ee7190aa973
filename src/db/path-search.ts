import type { QueryRunner } from './runner';
import { queries, type PathParams, type PathRow } from './queries';

/**
 * Which search answers a path question. The bidirectional search of graph-shortest-paths holds only
 * what it needs to meet in the middle, so a hub at one end costs little; it answers whenever the
 * shortest paths are enough (at least k of them, time-respecting when asked, or none within the hop
 * limit). Otherwise graph-paths, the k-shortest quantified search, answers: a second round trip, taken
 * only when the first could not answer.
 */
export async function searchPaths(
  runner: Pick<QueryRunner, 'read'>,
  params: PathParams,
): Promise<PathRow | undefined> {
  const [row] = (await runner.read(queries.graphShortestPaths, params)).rows;
  if (!row || !row.sourceFound || !row.targetFound || row.complete) return row;
  return (await runner.read(queries.graphPaths, params)).rows[0];
}
