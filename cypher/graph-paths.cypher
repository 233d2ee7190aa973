// graph-paths: the $k shortest paths between two actors, events or statements, shortest first; among
// equally short ones the most informative first (lowest cost: $edgeCosts per hop by type, $hubCost per
// natural log of each inner node's degree (over the relationships of $types in the source scope),
// $notFactCost per inner event that is not a fact (PLANNED, EXPECTED, HOPED, DENIED), $statementCost per inner statement; src/graph/path-ranking.ts),
// then the order of the ids along them, so the answer is the same at every call.
// How: (1) for k > 1, SHORTEST 10 (the most paths a request may ask for) gives the lengths of the k
// shortest paths exactly, and every path shorter than the k-th; (2) ALL SHORTEST from the k-th length gives every path
// of that length (at most 10 000 ranked), so ties at the cut are ranked, not cut in search order.
// Work is bounded by the hop limit (8), the 10 candidates and the 10 000 ties.
// Parameters: $source, $target (ids), $k (1-10), $maxHops (1-8), $types (relationship types),
// $from, $to (DateTime window, always set), $certain (window match), $timeRespecting (Boolean),
// $factsOnly, $factStatuses, $bySource, $asOf, $sources, $sourceKinds (fragment source-admitted),
// $edgeCosts (map of type to cost), $hubCost, $statementCost, $notFactCost.
// Columns: sourceFound, targetFound, paths ([{nodes: [graph-node-map], edges: [graph-edge-map], cost}]).
WITH COLLECT { MATCH (n:Actor {id: $source}) RETURN n UNION MATCH (n:Event {id: $source}) RETURN n
    UNION MATCH (n:Statement {id: $source}) RETURN n }[0] AS s,
  COLLECT { MATCH (n:Actor {id: $target}) RETURN n UNION MATCH (n:Event {id: $target}) RETURN n
    UNION MATCH (n:Statement {id: $target}) RETURN n }[0] AS t,
  CASE WHEN $bySource THEN
    // @include admitted-sources
  ELSE [] END AS admitted
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
  UNWIND [c IN candidates WHERE length(c) < kthHops] + ties AS p
  WITH p, reduce(cost = 0.0, r IN relationships(p) | cost + coalesce($edgeCosts[type(r)], 1.0))
    + reduce(cost = 0.0, n IN nodes(p)[1..-1] | cost + $hubCost * log(toFloat(
        // @include graph-degree
      ))
      + CASE WHEN n:Statement THEN $statementCost ELSE 0.0 END
      + CASE WHEN n:Event AND NOT n.status IN $factStatuses THEN $notFactCost ELSE 0.0 END) AS cost
  WITH p, cost ORDER BY length(p), cost, [n IN nodes(p) | n.id],
    [r IN relationships(p) | [type(r), startNode(r).id, coalesce(r.id, r.role, r.term, '')]]
  LIMIT toInteger($k)
  RETURN collect({
    nodes: [n IN nodes(p) |
      // @include graph-node-map
    ],
    edges: [r IN relationships(p) |
      // @include graph-edge-map
    ],
    cost: cost
  }) AS paths
}
RETURN s IS NOT NULL AS sourceFound, t IS NOT NULL AS targetFound, paths
