// timeline: for each scope (the whole timeline, one actor's, a set of actors together), one page of the
// events matching the filters, in (earliest start on $basis, order depth, id) order from the keyset
// $cursor; with an $anchor event, only those at $position relative to it (the around list).
// Parameters (each always of one type; an empty list, '' or false means no filter): $from, $to
// (DateTime), $certain, $types, $statuses, $precisions (stated precisions, lowercase), $text (lowercase),
// $places, $sectors, $bySource, $asOf, $sources, $sourceKinds (fragment source-admitted), $mustBeSources,
// $mustExist (actor ids the arguments name), $scopes [{key, actors (ids), allActors}], $basis ('BEST' or
// 'ARTICLE'), $slices and $openPast (fragment event-window), $actorsFirstUpTo (fragment scope-events),
// $backward (read down from $cursor), $cursor ({start, depth, id}: the keyset, or one before or after
// everything), $limit (page size + 1, to see whether more follow), $withTotal, $fetch (fragment event-map);
// $anchor (an event id, or ''), $position ('NONE', or BEFORE, AFTER, DURING, OVERLAPPING the anchor),
// $certainly, $tick (one millisecond) (fragment around-filter).
// Columns: key, missing (unknown ids: the anchor, actors, sources), totalCount (null unless $withTotal),
// items (event maps, ascending), anchor (null without one: its bounds on $basis, null bounds when the
// basis does not date it, `after`: the events the links put before it, and `ties`: its own ENDED_BY and
// PART_OF links, which place an event against it whatever their dates).
OPTIONAL MATCH (anchor:Event {id: $anchor})
WITH anchor, CASE WHEN anchor IS NULL THEN null WHEN $basis = 'ARTICLE'
  THEN {earliestStart: anchor.articleEarliestStart, latestStart: anchor.articleLatestStart,
    earliestEnd: anchor.articleEarliestEnd, latestEnd: anchor.articleLatestEnd,
    after: coalesce(anchor.articleOrderAfter, [])}
  ELSE {earliestStart: anchor.derivedEarliestStart, latestStart: anchor.derivedLatestStart,
    earliestEnd: anchor.derivedEarliestEnd, latestEnd: anchor.derivedLatestEnd,
    after: coalesce(anchor.orderAfter, [])}
  END AS ab
WITH anchor, ab,
  CASE WHEN $anchor <> '' AND anchor IS NULL THEN [$anchor] ELSE [] END
    + [id IN $mustExist WHERE NOT EXISTS { MATCH (:Actor {id: id}) }]
    + [id IN $mustBeSources WHERE NOT EXISTS { MATCH (:Source {id: id}) }] AS missing,
  CASE WHEN ab.earliestEnd > ab.earliestStart THEN ab.earliestEnd
    ELSE ab.earliestStart + $tick END AS anchorEndLo
// Where the dates allow an event at $position (around-filter's rules; the links' exceptions outside it are
// the anchor's neighbours, fragment anchor-neighbours): the window the seeks read. The asked window
// ($from, $to) still filters.
WITH anchor, ab, missing, anchorEndLo,
  CASE WHEN $position = 'AFTER' THEN anchorEndLo
    WHEN $position IN ['DURING', 'OVERLAPPING'] AND NOT $certainly THEN ab.earliestStart
    ELSE $from END AS windowFrom,
  CASE WHEN $position = 'BEFORE' THEN ab.latestStart
    WHEN $position = 'DURING' OR ($position = 'OVERLAPPING' AND NOT $certainly) THEN coalesce(ab.latestEnd, $to)
    ELSE $to END AS windowTo
UNWIND $scopes AS scope
CALL (scope, anchor, windowFrom, windowTo, ab, anchorEndLo) {
  WITH scope, anchor, windowFrom, windowTo, ab, anchorEndLo
    WHERE $withTotal AND ($position = 'NONE' OR ab.earliestStart IS NOT NULL)
  // @include scope-events
  // @include event-basis
  // @include page-filter
  RETURN count(e) AS totalCount
}
CALL (scope, anchor, windowFrom, windowTo, ab, anchorEndLo) {
  WITH scope, anchor, windowFrom, windowTo, ab, anchorEndLo
    WHERE $position = 'NONE' OR ab.earliestStart IS NOT NULL
  // @include scope-page-events
  // @include event-basis
  // @include page-filter
  // The candidates' page: one sort for both directions (the keys of the other direction are null).
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
    earliestEnd: ab.earliestEnd, latestEnd: ab.latestEnd, after: ab.after,
    ties: [(anchor)-[r:ENDED_BY|PART_OF]-(other:Event) | {type: type(r), otherId: other.id,
      anchorFirst: startNode(r) = anchor, outsideArticle: coalesce(r.outsideArticle, false)}]} AS anchor
