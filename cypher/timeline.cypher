// timeline: one page of events matching the filters, in (start, id) order after the keyset $after.
// Parameters: $from, $to (DateTime, always set), $certain, $types, $statuses, $text (lowercase),
// $actors, $allActors, $places, $sectors, $asOf (null or DateTime), $after ({start, id} or null),
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
    AND ($after IS NULL OR e.start > $after.start OR (e.start = $after.start AND e.id > $after.id))
  WITH e ORDER BY e.start, e.id LIMIT toInteger($limit)
  RETURN collect(
    // @include event-map
  ) AS events
}
RETURN CASE WHEN $withTotal THEN totalCount END AS totalCount, events
