// graph-path-ends: binds `s` and `t`, the actor, event or statement with id $source and $target (null
// when there is none), and `admitted`, the source ids that count with $bySource (fragment
// admitted-sources; empty otherwise).
WITH COLLECT { MATCH (n:Actor {id: $source}) RETURN n UNION MATCH (n:Event {id: $source}) RETURN n
    UNION MATCH (n:Statement {id: $source}) RETURN n }[0] AS s,
  COLLECT { MATCH (n:Actor {id: $target}) RETURN n UNION MATCH (n:Event {id: $target}) RETURN n
    UNION MATCH (n:Statement {id: $target}) RETURN n }[0] AS t,
  CASE WHEN $bySource THEN
    // @include admitted-sources
  ELSE [] END AS admitted
