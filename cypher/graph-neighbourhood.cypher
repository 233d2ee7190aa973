// graph-neighbourhood: the subgraph around one actor, event or statement, up to $depth (1-3) undirected
// hops, breadth first. Each level keeps its new nodes in id order until there are $limit nodes in all
// (the centre included); a level cut short sets truncated, and the next level grows only from kept
// nodes, so the work is bounded by $limit times the degree of the kept nodes, never by all paths. The
// edges are every relationship of $types in the window between kept nodes. The centre is kept whatever
// its time.
// Parameters: $id, $depth (1-3), $limit (node cap), $types, $from, $to (DateTime, always set), $certain,
// $factsOnly, $factStatuses, $bySource, $asOf, $sources, $sourceKinds (fragment source-admitted).
// Columns: found, truncated, levels (lists of graph-node-map, by distance from the centre: [[centre],
// [at 1 hop], [at 2], [at 3]]), edges ([graph-edge-map]).
WITH COLLECT { MATCH (n:Actor {id: $id}) RETURN n UNION MATCH (n:Event {id: $id}) RETURN n
  UNION MATCH (n:Statement {id: $id}) RETURN n }[0] AS centre,
  CASE WHEN $bySource THEN
    // @include admitted-sources
  ELSE [] END AS admitted
CALL (centre, admitted) {
  WITH centre, admitted WHERE centre IS NOT NULL
  CALL (centre, admitted) {
    WITH centre, admitted, centre AS m
    // @include graph-step
    WITH DISTINCT n WHERE n <> centre
    WITH n ORDER BY n.id LIMIT toInteger($limit)
    RETURN collect(n) AS found1
  }
  WITH centre, admitted, found1[..toInteger($limit) - 1] AS level1, size(found1) > toInteger($limit) - 1 AS cut1
  CALL (centre, admitted, level1) {
    WITH centre, admitted, level1 WHERE $depth >= 2
    UNWIND level1 AS m
    // @include graph-step
    WITH DISTINCT n WHERE n <> centre AND NOT n IN level1
    WITH n ORDER BY n.id LIMIT toInteger($limit)
    RETURN collect(n) AS found2
  }
  WITH centre, admitted, level1, cut1, found2, toInteger($limit) - 1 - size(level1) AS room2
  WITH centre, admitted, level1, found2[..room2] AS level2, cut1 OR size(found2) > room2 AS cut2
  CALL (centre, admitted, level1, level2) {
    WITH centre, admitted, level1, level2 WHERE $depth >= 3
    UNWIND level2 AS m
    // @include graph-step
    WITH DISTINCT n WHERE n <> centre AND NOT n IN level1 AND NOT n IN level2
    WITH n ORDER BY n.id LIMIT toInteger($limit)
    RETURN collect(n) AS found3
  }
  WITH centre, admitted, level1, level2, cut2, found3, toInteger($limit) - 1 - size(level1) - size(level2) AS room3
  WITH centre, admitted, [[centre], level1, level2, found3[..room3]] AS levels, cut2 OR size(found3) > room3 AS truncated
  CALL (centre, admitted, levels) {
    WITH centre, admitted, levels[0] + levels[1] + levels[2] + levels[3] AS kept
    UNWIND kept AS m
    // @include graph-step
    WITH r, n, kept WHERE startNode(r) = m AND n IN kept
    WITH r ORDER BY startNode(r).id, type(r), endNode(r).id
    RETURN collect(
      // @include graph-edge-map
    ) AS edges
  }
  RETURN truncated, [level IN levels | [n IN level |
    // @include graph-node-map
  ]] AS levels, edges
}
RETURN centre IS NOT NULL AS found, truncated, levels, edges
