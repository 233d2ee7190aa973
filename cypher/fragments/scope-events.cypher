// scope-events: binds `e` to every candidate event of `scope` (a timeline's actors, or none) that may lie
// in the window [windowFrom, windowTo) or, with an anchor, be tied to it (the count of a page; the page
// itself reads scope-page-events). From the scope's actors (fragment scope-degrees) when that reads at
// most $actorsFirstUpTo participations (the query layer sets it from the window's length), so a quiet
// actor's timeline costs the actor's own events; else from the window's seeks (fragment event-window), so
// a busy actor in a narrow window costs the window; from the named sources, places or sectors
// (fragment filter-read-events) when the actors are not read and those name at most as many, since
// every event kept is among them. The filters after it decide; each path finds every event that can
// pass them.
CALL (scope, anchor, windowFrom, windowTo) {
  // @include scope-degrees
  WITH *, NOT coalesce(actorCost <= $actorsFirstUpTo, false) AND filterRead IS NOT NULL
    AND filterRead.cost <= $actorsFirstUpTo AS fromFilter
  CALL (readFrom, actorCost, anchor, windowFrom, windowTo, filterRead, fromFilter) {
    WITH readFrom WHERE actorCost <= $actorsFirstUpTo
    MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event) WHERE a.id IN readFrom
    RETURN DISTINCT e
    UNION ALL
    // @include filter-read-events
    UNION ALL
    WITH windowFrom, windowTo WHERE (actorCost IS NULL OR actorCost > $actorsFirstUpTo) AND NOT fromFilter
    // @include event-window
    RETURN e
    UNION ALL
    WITH anchor, windowFrom, windowTo WHERE anchor IS NOT NULL AND (actorCost IS NULL OR actorCost > $actorsFirstUpTo)
      AND NOT fromFilter
    // @include anchor-neighbours
    RETURN e
  }
  RETURN e
}
