// search: full-text search over actors (name, aliases, metonyms, office titles, description), events
// (title, description), statements (text, speakerTitle) and sources (title), ranked by Lucene score,
// one page in (score descending, id) order from the keyset $cursor. Hits stream into a bounded top-k
// (ORDER BY ... LIMIT), never collected, so memory follows the page, not the number of hits; the count
// reads the hits a second time, only when asked.
// Parameters: $query (a Lucene query string), $kinds (GraphQL type names to keep: Actor, Event,
// Statement, Source), $bySource, $asOf, $sources, $sourceKinds (fragment source-admitted), $cursor
// ({score, id} or null), $limit (page size + 1), $withTotal, $fetch (fragment event-map).
// Columns (one row): totalCount (hits in all; null unless $withTotal), page ([{typename, score, node}],
// best first: node is the full map of the Actor, Event, Statement or Source, sources without their text).
CALL () {
  WITH 1 AS once WHERE $withTotal
  // @include search-hits
  RETURN count(*) AS totalCount
}
CALL () {
  // @include search-hits
  WITH node, typename, score
  WHERE $cursor IS NULL OR score < $cursor.score OR (score = $cursor.score AND node.id > $cursor.id)
  WITH node, typename, score ORDER BY score DESC, node.id LIMIT toInteger($limit)
  CALL (node, typename) {
    WITH node AS e WHERE typename = 'Event'
    RETURN
      // @include event-map
      AS map
    UNION
    WITH node AS a WHERE typename = 'Actor'
    RETURN
      // @include actor-map
      AS map
    UNION
    WITH node AS st WHERE typename = 'Statement'
    RETURN
      // @include statement-map
      AS map
    UNION
    WITH node AS s WHERE typename = 'Source'
    RETURN s {.id, .kind, .title, .publisher, .byline, .url, .publishedAt, .capturedAt, .availableAt, .referenceTime, .recordedAt} AS map
  }
  RETURN collect({typename: typename, score: score, node: map}) AS page
}
RETURN CASE WHEN $withTotal THEN totalCount END AS totalCount, page
