// graph-paths: the $k shortest paths between two actors, events or statements, ranked (fragment
// graph-path-ranking), where the bidirectional search of graph-shortest-paths cannot answer: when fewer
// than $k of the shortest paths (with $timeRespecting, of those along which time runs one way) are
// there, so longer ones are needed (src/db/path-search.ts chooses).
// How: (1) for k > 1, SHORTEST 10 (the most paths a request may ask for) gives the lengths of the k
// shortest paths exactly, and every path shorter than the k-th; (2) ALL SHORTEST from the k-th length
// gives every path of that length (at most 10 000 ranked), so ties at the cut are ranked, not cut in
// search order. Work is bounded by the hop limit (8), the 10 candidates and the 10 000 ties. This search
// advances by levels and holds every state it reaches, so next to a hub it holds the hub's whole
// neighbourhood: it is the slower of the two, and can meet the transaction memory limit at 1M events.
// Parameters: $source, $target (ids), $k (1-10), $maxHops (1-8), $types (relationship types),
// $from, $to (DateTime window, always set), $certain (window match), $timeRespecting (Boolean),
// $factsOnly, $factStatuses, $bySource, $asOf, $sources, $sourceKinds (fragment source-admitted),
// $edgeCosts (map of type to cost), $hubCost, $statementCost, $notFactCost.
// Columns: sourceFound, targetFound, paths ([{nodes: [graph-node-map], edges: [graph-edge-map], cost}]).
// @include graph-path-ends
CALL (s, t, admitted) {
  WITH s, t, admitted WHERE s IS NOT NULL AND t IS NOT NULL AND s <> t
  // One path asked: the shortest length is the first tie group's, so step (1) is not run (at 100k
  // events it was half the search's db hits).
  CALL (s, t, admitted) {
    WITH s, t, admitted, 1 AS minHops WHERE $k > 1
    MATCH p = SHORTEST 10
      // @include graph-path-pattern
    WITH p ORDER BY length(p)
    RETURN collect(p) AS candidates
  }
  WITH s, t, admitted, candidates,
    CASE WHEN $k = 1 THEN 1 ELSE length(coalesce(candidates[toInteger($k) - 1], candidates[-1])) END AS kthHops
  CALL (s, t, admitted, kthHops) {
    WITH s, t, admitted, kthHops AS minHops WHERE minHops IS NOT NULL
    MATCH p = ALL SHORTEST
      // @include graph-path-pattern
    WITH p LIMIT 10000
    RETURN collect(p) AS ties
  }
  WITH admitted, [c IN candidates WHERE length(c) < kthHops] + ties AS found
  // @include graph-path-ranking
}
RETURN s IS NOT NULL AS sourceFound, t IS NOT NULL AS targetFound, paths
