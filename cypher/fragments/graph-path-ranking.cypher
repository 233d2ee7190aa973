// graph-path-ranking: the $k first of the paths `found` (with `admitted`, fragment admitted-sources), as
// the column `paths`: shortest first, then by cost ($edgeCosts per hop by type, $hubCost per natural log
// of each inner node's degree, $statementCost per inner statement, $notFactCost per inner event that is
// not a fact; src/graph/path-ranking.ts), then by the ids along them, so the answer is the same at every
// call. Each path is {nodes: [graph-node-map], edges: [graph-edge-map], cost}.
UNWIND found AS p
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
