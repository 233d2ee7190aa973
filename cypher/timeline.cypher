// timeline: for each scope (the whole timeline, one actor's, a set of actors together), one page of the
// events matching the filters, in (start, id) order from the keyset $cursor.
// Parameters: $from, $to (DateTime, always set), $certain, $types, $statuses, $text (lowercase),
// $places, $sectors, $asOf (null or DateTime), $mustExist (actor ids the arguments name),
// $scopes [{key, actors (null or ids), allActors}], $backward (read down from $cursor), $cursor
// ({start, id} or null), $limit (page size + 1, to see whether more follow), $withTotal.
// Columns: key, missing (ids of $mustExist not found), totalCount (null unless $withTotal), items
// (event maps, ascending).
WITH [id IN $mustExist WHERE NOT EXISTS { MATCH (:Actor {id: id}) }] AS missing
UNWIND $scopes AS scope
CALL (scope) {
  WITH scope WHERE $withTotal
  MATCH (e:Event)
  // @include timeline-filter
  RETURN count(e) AS totalCount
}
CALL (scope) {
  CALL (scope) {
    WITH scope WHERE NOT $backward
    MATCH (e:Event)
    // @include timeline-filter
      AND ($cursor IS NULL OR e.start > $cursor.start OR (e.start = $cursor.start AND e.id > $cursor.id))
    WITH e ORDER BY e.start, e.id LIMIT toInteger($limit)
    RETURN e
    UNION ALL
    WITH scope WHERE $backward
    MATCH (e:Event)
    // @include timeline-filter
      AND ($cursor IS NULL OR e.start < $cursor.start OR (e.start = $cursor.start AND e.id < $cursor.id))
    WITH e ORDER BY e.start DESC, e.id DESC LIMIT toInteger($limit)
    RETURN e
  }
  WITH e ORDER BY e.start, e.id
  RETURN collect(
    // @include event-map
  ) AS items
}
RETURN scope.key AS key, missing, CASE WHEN $withTotal THEN totalCount END AS totalCount, items
