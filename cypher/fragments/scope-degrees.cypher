// scope-degrees: what reading `scope`'s events from its actors would cost, from the relationship counts
// (no event is read): `readFrom`, the actors whose events hold every answer (all of them for ANY, the
// least busy for ALL), `actorCost`, how many participations that reads (null when the scope names no
// actor), and `expectedMatches`, how many of the graph's `eventCount` events pass the scope if the actors
// took part independently of each other; and `filterRead`, the cheapest of the reads the filters that
// name nodes allow ({read, cost}: the facts the named sources state, SOURCES; the events in the named
// places, PLACES; or those affecting the named sectors, SECTORS), null when none names any: every event
// the filters keep is among those.
WITH *, COUNT { (:Event) } AS eventCount, COLLECT {
    UNWIND scope.actors AS actorId
    MATCH (a:Actor {id: actorId})
    WITH actorId, COUNT { (a)-[:PARTICIPATED_IN]->() } AS degree
    RETURN {id: actorId, degree: degree} AS actorDegree ORDER BY degree
  } AS actorDegrees
WITH *, CASE WHEN size(scope.actors) = 0 THEN null
    WHEN scope.allActors THEN [d IN actorDegrees[..1] | d.id]
    ELSE scope.actors END AS readFrom,
  CASE WHEN size(scope.actors) = 0 THEN null
    WHEN scope.allActors THEN coalesce(actorDegrees[0].degree, 0)
    ELSE reduce(total = 0, d IN actorDegrees | total + d.degree) END AS actorCost,
  CASE WHEN scope.allActors
    THEN eventCount * reduce(share = 1.0, d IN actorDegrees | share * d.degree / toFloat(eventCount + 1))
    ELSE reduce(total = 0, d IN actorDegrees | total + d.degree) END AS expectedMatches,
  [read IN [
      CASE WHEN size($sources) > 0 THEN {read: 'SOURCES', cost: reduce(total = 0, n IN COLLECT {
        MATCH (src:Source) WHERE src.id IN $sources RETURN COUNT { (src)<-[:SUPPORTED_BY]-() } } | total + n)} END,
      CASE WHEN size($places) > 0 THEN {read: 'PLACES', cost: reduce(total = 0, n IN COLLECT {
        MATCH (p:Actor) WHERE p.id IN $places RETURN COUNT { (p)<-[:TOOK_PLACE_IN]-() } } | total + n)} END,
      CASE WHEN size($sectors) > 0 THEN {read: 'SECTORS', cost: reduce(total = 0, n IN COLLECT {
        MATCH (sector:Actor) WHERE sector.id IN $sectors RETURN COUNT { (sector)<-[:AFFECTED]-() } } | total + n)} END]
    WHERE read IS NOT NULL] AS filterReads
WITH *, reduce(least = null, read IN filterReads |
    CASE WHEN least IS NULL OR read.cost < least.cost THEN read ELSE least END) AS filterRead
