// around: the events before, after, during or overlapping the event $anchor, one page in the timeline's
// order (earliest start on $basis, order depth, id) from the keyset $cursor, with the timeline's other
// filters. Both the anchor and the events are read on $basis (tightened bounds), and each event comes with
// the anchor's bounds so the API can give the exact Allen relation.
// Parameters: the timeline's ($basis, $from, $to, $certain, $types, $statuses, $precisions (stated precisions, lowercase), $text, $places, $sectors,
// $bySource, $asOf, $sources, $sourceKinds (fragment source-admitted), $mustBeSources, $mustExist, $scopes [{key, actors, allActors}], $backward, $cursor, $limit, $withTotal),
// $anchor (event id), $position (BEFORE, AFTER, DURING, OVERLAPPING), $certainly, $tick (one millisecond).
// Columns: key, missing (unknown ids: the anchor, or actors), totalCount, items (event maps), anchor (its
// bounds on $basis, null bounds when the basis does not date it, and `after`: the events the links put
// before it).
OPTIONAL MATCH (anchor:Event {id: $anchor})
WITH anchor, CASE WHEN $basis = 'ARTICLE'
  THEN {earliestStart: anchor.articleEarliestStart, latestStart: anchor.articleLatestStart,
    earliestEnd: anchor.articleEarliestEnd, latestEnd: anchor.articleLatestEnd,
    after: coalesce(anchor.articleOrderAfter, [])}
  ELSE {earliestStart: anchor.derivedEarliestStart, latestStart: anchor.derivedLatestStart,
    earliestEnd: anchor.derivedEarliestEnd, latestEnd: anchor.derivedLatestEnd,
    after: coalesce(anchor.orderAfter, [])}
  END AS ab
WITH anchor, ab,
  CASE WHEN anchor IS NULL THEN [$anchor] ELSE [] END
    + [id IN $mustExist WHERE NOT EXISTS { MATCH (:Actor {id: id}) }]
    + [id IN $mustBeSources WHERE NOT EXISTS { MATCH (:Source {id: id}) }] AS missing,
  CASE WHEN ab.earliestEnd > ab.earliestStart THEN ab.earliestEnd
    ELSE ab.earliestStart + $tick END AS anchorEndLo
UNWIND $scopes AS scope
CALL (scope, anchor, ab, anchorEndLo) {
  WITH scope, anchor, ab, anchorEndLo WHERE $withTotal AND anchor IS NOT NULL AND ab.earliestStart IS NOT NULL
  // @include scope-events
  // @include event-basis
  // @include timeline-filter
  // @include around-filter
  RETURN count(e) AS totalCount
}
CALL (scope, anchor, ab, anchorEndLo) {
  WITH scope, anchor, ab, anchorEndLo WHERE anchor IS NOT NULL AND ab.earliestStart IS NOT NULL
  // @include scope-events
  // @include event-basis
  // @include timeline-filter
  // @include around-filter
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
RETURN scope.key AS key, missing, CASE WHEN $withTotal THEN totalCount END AS totalCount, items,
  anchor {.id, .precision, .start, .end, earliestStart: ab.earliestStart, latestStart: ab.latestStart,
    earliestEnd: ab.earliestEnd, latestEnd: ab.latestEnd,
    after: ab.after} AS anchor
