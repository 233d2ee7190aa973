// timeline-backward: the page of events just before the keyset $before, in reverse (start, id) order.
// Parameters: $from, $to (DateTime, always set), $certain, $types, $statuses, $text (lowercase),
// $actors, $allActors, $places, $sectors, $asOf (null or DateTime), $before ({start, id} or null),
// $limit (page size + 1, to see whether more follow), $withTotal.
// Columns: totalCount (null unless $withTotal), events (event maps).
CALL () {
  WITH $withTotal AS wanted WHERE wanted
  MATCH (e:Event)
  // @include timeline-filter
  RETURN count(e) AS totalCount
}
CALL () {
  MATCH (e:Event)
  // @include timeline-filter
    AND ($before IS NULL OR e.start < $before.start OR (e.start = $before.start AND e.id < $before.id))
  WITH e ORDER BY e.start DESC, e.id DESC LIMIT toInteger($limit)
  RETURN collect(
    // @include event-map
  ) AS events
}
RETURN CASE WHEN $withTotal THEN totalCount END AS totalCount, events
