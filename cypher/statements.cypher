// statements: for each scope (all statements, one actor's, those about one actor or event), one page of
// the statements matching the filters, in (start, id) order from the keyset $cursor.
// Parameters (each always of one type; an empty list, '' or false means no filter): $from, $to
// (DateTime), $certain, $text (lowercase), $bySource, $asOf (DateTime), $sources, $sourceKinds (fragment source-admitted), $mustBeSources (source ids the arguments name), $mustBeActors (speaker ids the
// arguments name), $mustExist (actor or event ids the arguments name), $scopes [{key, speakers, about}]
// (ids), $aboutParts (Boolean), $speakerVoices (voices), $subtypeVoices (map of subtype to voice),
// $scopeFirstUpTo and $scopeFirstShare (fragment statement-candidates),
// $backward, $cursor ({start, id}), $limit (page size + 1), $withTotal.
// Columns: key, missing (ids of $mustBeActors or $mustExist not found), totalCount (null unless $withTotal), items
// (statement maps, ascending).
WITH [id IN $mustBeActors WHERE NOT EXISTS { MATCH (:Actor {id: id}) }]
  + [id IN $mustExist WHERE NOT EXISTS { MATCH (:Actor {id: id}) } AND NOT EXISTS { MATCH (:Event {id: id}) }]
  + [id IN $mustBeSources WHERE NOT EXISTS { MATCH (:Source {id: id}) }] AS missing
UNWIND $scopes AS scope
CALL (scope) {
  WITH scope WHERE $withTotal
  // @include statement-candidates
  WITH scope, st
  // @include statement-filter
  RETURN count(st) AS totalCount
}
CALL (scope) {
  // @include statement-candidates
  WITH scope, st
  // @include statement-filter
    AND ((NOT $backward AND (st.start > $cursor.start OR (st.start = $cursor.start AND st.id > $cursor.id)))
      OR ($backward AND (st.start < $cursor.start OR (st.start = $cursor.start AND st.id < $cursor.id))))
  // One sort for both directions: the keys of the other direction are null, so they do not order.
  WITH st ORDER BY
    CASE WHEN $backward THEN null ELSE st.start END ASC, CASE WHEN $backward THEN st.start END DESC,
    CASE WHEN $backward THEN null ELSE st.id END ASC, CASE WHEN $backward THEN st.id END DESC
    LIMIT toInteger($limit)
  WITH st ORDER BY st.start, st.id
  RETURN collect(
    // @include statement-map
  ) AS items
}
RETURN scope.key AS key, missing, CASE WHEN $withTotal THEN totalCount END AS totalCount, items
