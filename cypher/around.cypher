// around: the events before, after, during or overlapping the event $anchor, one page in (start, id)
// order from the keyset $cursor, with the timeline's other filters. Each event comes with the anchor's
// bounds so the API can give the exact Allen relation.
// Parameters: the timeline's ($from, $to, $certain, $types, $statuses, $text, $places, $sectors, $asOf,
// $mustExist, $scopes [{key, actors, allActors}], $backward, $cursor, $limit, $withTotal), $anchor (event
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
  CALL (scope, anchor, anchorEndLo) {
    WITH scope, anchor, anchorEndLo WHERE NOT $backward AND anchor IS NOT NULL
    MATCH (e:Event)
    // @include timeline-filter
    // @include around-filter
      AND ($cursor IS NULL OR e.start > $cursor.start OR (e.start = $cursor.start AND e.id > $cursor.id))
    WITH e ORDER BY e.start, e.id LIMIT toInteger($limit)
    RETURN e
    UNION ALL
    WITH scope, anchor, anchorEndLo WHERE $backward AND anchor IS NOT NULL
    MATCH (e:Event)
    // @include timeline-filter
    // @include around-filter
      AND ($cursor IS NULL OR e.start < $cursor.start OR (e.start = $cursor.start AND e.id < $cursor.id))
    WITH e ORDER BY e.start DESC, e.id DESC LIMIT toInteger($limit)
    RETURN e
  }
  WITH e ORDER BY e.start, e.id
  RETURN collect(
    // @include event-map
  ) AS items
}
RETURN scope.key AS key, missing, CASE WHEN $withTotal THEN totalCount END AS totalCount, items,
  anchor {.id, .earliestStart, .latestStart, .earliestEnd, .latestEnd} AS anchor
