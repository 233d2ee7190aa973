// timeline-filter: the WHERE clause of the timeline query, on the event bound to `e`, its time `b` on the
// chosen basis (fragment event-basis) and its `scope`. An event the basis does not date is left out. An
// empty list, '' or a switch off means no filter (parameters keep one type, so Neo4j plans the query
// once).
WHERE b.earliestStart IS NOT NULL AND b.earliestStart < $to
  AND (b.latestEnd IS NULL OR b.latestEnd > $from)
  AND (NOT $certain OR (b.earliestStart >= $from AND b.latestEnd IS NOT NULL AND b.latestEnd <= $to))
  AND (size($types) = 0 OR e.type IN $types)
  AND (size($statuses) = 0 OR e.status IN $statuses)
  AND (size($precisions) = 0 OR e.precision IN $precisions)
  AND ($text = '' OR toLower(e.title) CONTAINS $text OR toLower(coalesce(e.description, '')) CONTAINS $text)
  AND (size(scope.actors) = 0 OR (scope.allActors AND all(actorId IN scope.actors WHERE EXISTS { MATCH (:Actor {id: actorId})-[:PARTICIPATED_IN]->(e) }))
    OR (NOT scope.allActors AND EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) WHERE a.id IN scope.actors }))
  // A place or sector counts when a source in the scope states it (any source, without one).
  AND (size($places) = 0 OR EXISTS { MATCH (e)-[r:TOOK_PLACE_IN]->(p:Actor) WHERE p.id IN $places
    AND (NOT $bySource OR EXISTS { MATCH (s:Source) WHERE s.id IN r.sourceIds AND
      // @include source-admitted
    }) })
  AND (size($sectors) = 0 OR EXISTS { MATCH (e)-[r:AFFECTED]->(sector:Actor) WHERE sector.id IN $sectors
    AND (NOT $bySource OR EXISTS { MATCH (s:Source) WHERE s.id IN r.sourceIds AND
      // @include source-admitted
    }) })
  // Facts asserted by the asked sources only: the event must be stated by one of them.
  AND (NOT $bySource OR EXISTS { MATCH (e)-[:SUPPORTED_BY {aspect: 'event'}]->(s:Source) WHERE
    // @include source-admitted
  })
