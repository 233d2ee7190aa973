// graph-path-pattern: the path pattern of the path queries, between `s` and `t` already bound, with at
// least `minHops` hops (bound by the caller) and `admitted` (the source ids that count, fragment
// admitted-sources). The steps' predicates (fragments graph-step-relationship, graph-step-node) sit
// inside the pattern, so Neo4j applies them before choosing the shortest paths (a pre-filter), never
// after: undirected steps over $types only; with $bySource only
// relationships those sources state; through live actors, events and statements only (retracted ones
// keep their relationships); nodes and dated relationships outside the window are not crossed, nor with
// $factsOnly events whose status is not in $factStatuses (the two ends are exempt); at most $maxHops
// hops (8 at most in any case); no node twice; and with $timeRespecting, time runs one way along the
// path (fragment graph-time-respecting).
((s)(()-[r WHERE
      // @include graph-step-relationship
    ]-(n:Actor|Event|Statement WHERE n = t OR (
      // @include graph-step-node
    ))){1,8}(t)
  WHERE minHops <= size(r) <= $maxHops
    AND NOT s IN n AND all(i IN range(0, size(n) - 2) WHERE NOT n[i] IN n[i + 1..])
    AND
      // @include graph-time-respecting
  )
