// timeline-filter: the WHERE clause of the timeline query, on the event bound to `e` and its `scope`. The first line
// is a range predicate on Event.earliestStart, so windows are index seeks.
WHERE e.earliestStart < $to
  AND (e.latestEnd IS NULL OR e.latestEnd > $from)
  AND (NOT $certain OR (e.earliestStart >= $from AND e.latestEnd IS NOT NULL AND e.latestEnd <= $to))
  AND ($types IS NULL OR e.type IN $types)
  AND ($statuses IS NULL OR e.status IN $statuses)
  AND ($text IS NULL OR toLower(e.title) CONTAINS $text OR toLower(coalesce(e.description, '')) CONTAINS $text)
  AND (scope.actors IS NULL OR (scope.allActors AND all(actorId IN scope.actors WHERE EXISTS { MATCH (:Actor {id: actorId})-[:PARTICIPATED_IN]->(e) }))
    OR (NOT scope.allActors AND EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) WHERE a.id IN scope.actors }))
  AND ($places IS NULL OR EXISTS { MATCH (e)-[:TOOK_PLACE_IN]->(p:Actor) WHERE p.id IN $places })
  AND ($sectors IS NULL OR EXISTS { MATCH (e)-[:AFFECTED]->(s:Actor) WHERE s.id IN $sectors })
  AND ($asOf IS NULL OR EXISTS { MATCH (e)-[:SUPPORTED_BY {aspect: 'event'}]->(s:Source) WHERE s.availableAt <= $asOf })
