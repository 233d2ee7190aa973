// statements: for each scope (all statements, one actor's, those about one actor or event), one page of
// the statements matching the filters, in (start, id) order from the keyset $cursor.
// Parameters: $from, $to (DateTime, always set), $certain, $text (lowercase), $asOf (null or DateTime),
// $mustExist (actor or event ids the arguments name), $scopes [{key, speakers, about}] (null or ids),
// $backward, $cursor ({start, id} or null), $limit (page size + 1), $withTotal.
// Columns: key, missing (ids of $mustExist not found), totalCount (null unless $withTotal), items
// (statement maps, ascending).
WITH [id IN $mustExist WHERE NOT EXISTS { MATCH (:Actor {id: id}) } AND NOT EXISTS { MATCH (:Event {id: id}) }] AS missing
UNWIND $scopes AS scope
CALL (scope) {
  WITH scope WHERE $withTotal
  MATCH (st:Statement)
  // @include statement-filter
  RETURN count(st) AS totalCount
}
CALL (scope) {
  CALL (scope) {
    WITH scope WHERE NOT $backward
    MATCH (st:Statement)
    // @include statement-filter
      AND ($cursor IS NULL OR st.start > $cursor.start OR (st.start = $cursor.start AND st.id > $cursor.id))
    WITH st ORDER BY st.start, st.id LIMIT toInteger($limit)
    RETURN st
    UNION ALL
    WITH scope WHERE $backward
    MATCH (st:Statement)
    // @include statement-filter
      AND ($cursor IS NULL OR st.start < $cursor.start OR (st.start = $cursor.start AND st.id < $cursor.id))
    WITH st ORDER BY st.start DESC, st.id DESC LIMIT toInteger($limit)
    RETURN st
  }
  WITH st ORDER BY st.start, st.id
  RETURN collect(
    // @include statement-map
  ) AS items
}
RETURN scope.key AS key, missing, CASE WHEN $withTotal THEN totalCount END AS totalCount, items
