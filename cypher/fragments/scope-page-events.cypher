// scope-page-events: binds `e` to candidates for one page of `scope`, for the page's filters (fragment
// page-filter) to decide: the scope's actors' events (as scope-events) when that is the cheaper read, else
// each span class's first page from the window's seeks (fragment window-page, filtered already: filtering
// again costs little on a page per class), plus the anchor's link-tied events outside the window. A page
// from the seeks reads about $limit events per class for every event in `expectedMatches` out of
// `eventCount` (the share the scope keeps), so a busy actor's page, over any window, reads the seeks; a
// quiet actor's reads the actor. A timeline filtered by named sources, places or sectors reads the
// events they name (fragment filter-read-events) when that is cheaper than the seeks: every event it
// keeps is among them, and a source states tens of events (a sector is affected by hundreds) where the
// seeks of an open window would read all of them to find those.
CALL (scope, anchor, ab, anchorEndLo, windowFrom, windowTo) {
  // @include scope-degrees
  // The seeks' side counts twice: actors named together take part together more than by chance
  // (gov:canada and country:china share 14,501 of 1M events where independence says 10,082), so the
  // seeks read more than estimated: 111k events and 5.4M db hits against 44.8k participations and 1.9M
  // from the actors.
  WITH *, actorCost IS NOT NULL AND actorCost <= $actorsFirstUpTo
    AND actorCost <= 2 * size($slices) * toInteger($limit) * eventCount / (expectedMatches + 1.0) AS fromActors
  WITH *, NOT fromActors AND filterRead IS NOT NULL
    AND filterRead.cost <= 2 * size($slices) * toInteger($limit) * eventCount / (filterRead.cost + 1.0) AS fromFilter
  CALL (scope, anchor, ab, anchorEndLo, windowFrom, windowTo, readFrom, fromActors, filterRead, fromFilter) {
    WITH readFrom WHERE fromActors
    MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event) WHERE a.id IN readFrom
    RETURN DISTINCT e
    UNION ALL
    // @include filter-read-events
    UNION ALL
    WITH scope, anchor, ab, anchorEndLo, windowFrom, windowTo WHERE NOT fromActors AND NOT fromFilter
    // @include window-page
    RETURN e
    UNION ALL
    WITH anchor, windowFrom, windowTo WHERE NOT fromActors AND NOT fromFilter AND anchor IS NOT NULL
    // @include anchor-neighbours
    RETURN e
  }
  RETURN e
}
