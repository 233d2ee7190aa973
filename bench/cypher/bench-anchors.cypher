// bench-anchors: the ids the benchmark's operations ask about, chosen from the loaded corpus so every
// size asks the same kind of question: the busiest actor and a quiet one (at least $atLeast events), the
// actor sharing most events with the busiest, an event at the end of a three-link CAUSED chain (or the
// longest there is), and its time for the peer's before-the-event question.
// Parameters: $atLeast. Columns: busy, quiet, partner, chainEnd, chainEndStart.
MATCH (a:Actor)
WITH a, COUNT { (a)-[:PARTICIPATED_IN]->(:Event) } AS events
WHERE events >= $atLeast
WITH collect({id: a.id, events: events}) AS actors
WITH reduce(best = actors[0], x IN actors | CASE WHEN x.events > best.events THEN x ELSE best END) AS busy,
  reduce(least = actors[0], x IN actors | CASE WHEN x.events < least.events THEN x ELSE least END) AS quiet
CALL (busy) {
  MATCH (:Actor {id: busy.id})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(other:Actor)
  WITH other, count(e) AS shared
  ORDER BY shared DESC, other.id
  LIMIT 1
  RETURN {id: other.id, events: shared} AS partner
}
CALL () {
  OPTIONAL MATCH (e:Event)
  WHERE EXISTS { (:Event)-[:CAUSED]->(:Event)-[:CAUSED]->(:Event)-[:CAUSED]->(e) }
  WITH e ORDER BY e.id LIMIT 1
  OPTIONAL MATCH (fallback:Event) WHERE e IS NULL AND EXISTS { (:Event)-[:CAUSED]->(fallback) }
  WITH coalesce(e, fallback) AS chainEnd ORDER BY chainEnd.id LIMIT 1
  RETURN chainEnd.id AS chainEnd, chainEnd.derivedEarliestStart AS chainEndStart
}
RETURN busy, quiet, partner, chainEnd, chainEndStart
