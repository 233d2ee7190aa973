// graph-shortest-paths: the $k first (fragment graph-path-ranking) of the shortest paths between two
// actors, events or statements, over the steps the graph queries may take (fragments
// graph-step-relationship, graph-step-node; the two ends are exempt), at most $maxHops hops, by the
// bidirectional breadth-first search of allShortestPaths: it steps the two ends' searches in turn, a node
// at a time, so a small end finds the meeting point before a hub at the other end is expanded (at 1M
// events, a newspaper's 20 events to country:china's 61k relationships). Shortest paths never visit a
// node twice, so the step predicates are all it needs. With $timeRespecting it keeps the shortest paths
// along which time runs one way (fragment graph-time-respecting): if any, they are the shortest such
// paths. It gives no longer paths: `complete` is false when fewer than $k paths are kept (and some
// path is within the hops), or when the 10 000 it ranks may have left time-respecting ones out; then
// graph-paths answers (src/db/path-search.ts chooses).
// Bounds: 8 hops searched (the hop limit), at most 10 000 shortest paths ranked.
// Parameters: as graph-paths. Columns: sourceFound, targetFound, complete, paths ([{nodes, edges, cost}],
// as graph-paths).
// @include graph-path-ends
OPTIONAL CALL (s, t, admitted) {
  WITH s, t, admitted WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t
  CALL (s, t, admitted) {
    MATCH p = allShortestPaths((s)-[rels*1..8]-(t))
    WHERE all(r IN rels WHERE
        // @include graph-step-relationship
      )
      AND all(n IN nodes(p) WHERE n = s OR n = t OR ((n:Actor OR n:Event OR n:Statement) AND
        // @include graph-step-node
      ))
    WITH p LIMIT 10000
    RETURN collect(p) AS shortest
  }
  // Past the hop limit (searched to 8 hops, since a search's bounds cannot be parameters) is no path.
  WITH s, admitted, CASE WHEN length(shortest[0]) <= $maxHops THEN shortest ELSE [] END AS within
  CALL (s, within) {
    UNWIND within AS p
    WITH s, p, nodes(p)[1..] AS n
    WHERE
      // @include graph-time-respecting
    RETURN collect(p) AS kept
  }
  WITH admitted, within, kept AS found
  CALL (admitted, found) {
    // @include graph-path-ranking
  }
  RETURN size(within) = 0 OR size(found) >= $k AND NOT ($timeRespecting AND size(within) = 10000) AS complete,
    paths
}
RETURN s IS NOT NULL AS sourceFound, t IS NOT NULL AS targetFound, coalesce(complete, true) AS complete,
  coalesce(paths, []) AS paths
