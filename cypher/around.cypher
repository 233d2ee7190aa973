// around: the events before, after, during or overlapping the event $anchor, one page in (start, id)
// order from the keyset $cursor, with the timeline's other filters. Each event comes with the anchor's
// bounds so the API can give the exact Allen relation.
// Parameters: the timeline's ($from, $to, $certain, $types, $statuses, $text, $places, $sectors, $byAsOf,
// $asOf, $mustExist, $scopes [{key, actors, allActors}], $backward, $cursor, $limit, $withTotal), $anchor (event
// id), $position (BEFORE, AFTER, DURING, OVERLAPPING), $certainly, $tick (one millisecond).
// Columns: key, missing (unknown ids: the anchor, or actors), totalCount, items (event maps), anchor.
OPTIONAL MATCH (anchor:Event {id: $anchor})
WITH anchor,
  CASE WHEN anchor IS NULL THEN [$anchor] ELSE [] END
    + [id IN $mustExist WHERE NOT EXISTS { MATCH (:Actor {id: id}) }] AS missing,
  CASE WHEN anchor.earliestEnd > anchor.earliestStart THEN anchor.earliestEnd
    ELSE anchor.earliestStart + $tick END AS anchorEndLo
UNWIND $scopes AS scope
CALL (scope, anchor, anchorEndLo) {
  WITH scope, anchor, anchorEndLo WHERE $withTotal AND anchor IS NOT NULL
  MATCH (e:Event)
  // @include timeline-filter
  // @include around-filter
  RETURN count(e) AS totalCount
}
CALL (scope, anchor, anchorEndLo) {
  WITH scope, anchor, anchorEndLo WHERE anchor IS NOT NULL
  MATCH (e:Event)
  // @include timeline-filter
  // @include around-filter
    AND ((NOT $backward AND (e.start > $cursor.start OR (e.start = $cursor.start AND e.id > $cursor.id)))
      OR ($backward AND (e.start < $cursor.start OR (e.start = $cursor.start AND e.id < $cursor.id))))
  // One sort for both directions: the keys of the other direction are null, so they do not order.
  WITH e ORDER BY
    CASE WHEN $backward THEN null ELSE e.start END ASC, CASE WHEN $backward THEN e.start END DESC,
    CASE WHEN $backward THEN null ELSE e.id END ASC, CASE WHEN $backward THEN e.id END DESC
    LIMIT toInteger($limit)
  WITH e ORDER BY e.start, e.id
  RETURN collect(
    // @include event-map
  ) AS items
}
RETURN scope.key AS key, missing, CASE WHEN $withTotal THEN totalCount END AS totalCount, items,
  anchor {.id, .precision, .start, .end, .earliestStart, .latestStart, .earliestEnd, .latestEnd} AS anchor
