// timeline: for each scope (the whole timeline, one actor's, a set of actors together), one page of the
// events matching the filters, in (earliest start on $basis, order depth, id) order from the
// keyset $cursor.
// Parameters (each always of one type; an empty list, '' or false means no filter): $from, $to
// (DateTime), $certain, $types, $statuses, $precisions (stated precisions, lowercase), $text (lowercase), $places, $sectors, $bySource, $asOf, $sources, $sourceKinds (fragment source-admitted), $mustBeSources
// (DateTime), $mustExist (actor ids the arguments name), $scopes [{key, actors (ids), allActors}],
// $basis ('BEST' or 'ARTICLE'), $backward (read down from $cursor), $cursor ({start, depth, id}: the
// keyset, or one before or after everything), $limit (page size + 1, to see whether more follow), $withTotal.
// Columns: key, missing (ids of $mustExist not found), totalCount (null unless $withTotal), items
// (event maps, ascending).
WITH [id IN $mustExist WHERE NOT EXISTS { MATCH (:Actor {id: id}) }]
  + [id IN $mustBeSources WHERE NOT EXISTS { MATCH (:Source {id: id}) }] AS missing
UNWIND $scopes AS scope
CALL (scope) {
  WITH scope WHERE $withTotal
  // @include scope-events
  // @include event-basis
  // @include timeline-filter
  RETURN count(e) AS totalCount
}
CALL (scope) {
  // @include scope-events
  // @include event-basis
  // @include timeline-filter
    // The key (earliest start on the basis, depth in the stated order, id): equal starts go cause first.
    AND ((NOT $backward AND (b.earliestStart > $cursor.start OR (b.earliestStart = $cursor.start
        AND (b.depth > $cursor.depth OR (b.depth = $cursor.depth AND e.id > $cursor.id)))))
      OR ($backward AND (b.earliestStart < $cursor.start OR (b.earliestStart = $cursor.start
        AND (b.depth < $cursor.depth OR (b.depth = $cursor.depth AND e.id < $cursor.id))))))
  // One sort for both directions: the keys of the other direction are null, so they do not order.
  WITH e, b ORDER BY
    CASE WHEN $backward THEN null ELSE b.earliestStart END ASC, CASE WHEN $backward THEN b.earliestStart END DESC,
    CASE WHEN $backward THEN null ELSE b.depth END ASC, CASE WHEN $backward THEN b.depth END DESC,
    CASE WHEN $backward THEN null ELSE e.id END ASC, CASE WHEN $backward THEN e.id END DESC
    LIMIT toInteger($limit)
  WITH e ORDER BY b.earliestStart, b.depth, e.id
  RETURN collect(
    // @include event-map
  ) AS items
}
RETURN scope.key AS key, missing, CASE WHEN $withTotal THEN totalCount END AS totalCount, items
