// scope-events: binds `e` to the candidate events of `scope` (a timeline's actors, or none) that may lie
// in the window, by the cheaper of two access paths: from the scope's actors when they took part in at
// most $actorsFirstUpTo events in all (their degree, read from the relationship counts; the query layer
// sets it from the window's length), so a quiet actor's timeline, or a busy one's over decades, costs
// the actor's own events; else from the window's seeks (fragment event-window), so a busy actor in a
// narrow window costs the window. The filters after it (timeline-filter) decide; both paths find every
// event that can pass them.
CALL (scope) {
  WITH scope, CASE WHEN size(scope.actors) = 0 THEN null ELSE COLLECT {
      UNWIND scope.actors AS actorId
      MATCH (a:Actor {id: actorId})
      RETURN COUNT { (a)-[:PARTICIPATED_IN]->() } AS degree
    } END AS degrees
  WITH scope, degrees IS NOT NULL AND reduce(total = 0, d IN degrees | total + d) <= $actorsFirstUpTo AS fromActors
  CALL (scope, fromActors) {
    WITH scope WHERE fromActors
    MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event) WHERE a.id IN scope.actors
    RETURN DISTINCT e
    UNION ALL
    WITH scope WHERE NOT fromActors
    // @include event-window
    RETURN e
  }
  RETURN e
}
