// search: full-text search over actors (name, aliases, metonyms, description, office titles), events
// (title, description), statements (text, speakerTitle) and sources (title), ranked by Lucene score,
// one page in (score descending, id) order from the keyset $cursor. An actor found both by itself and
// through an office it held scores the sum (added in ascending order, so the same hits always give the
// same float and cursors hold).
// Parameters: $query (a Lucene query string), $kinds (GraphQL type names to keep: Actor, Event,
// Statement, Source), $bySource, $asOf, $sources, $sourceKinds (fragment source-admitted), $cursor
// ({score, id} or null), $limit (page size + 1).
// Columns (one row): totalCount (hits in all), page ([{typename, score, node}], best first: node is the
// full map of the Actor, Event, Statement or Source, sources without their text).
CALL () {
  CALL db.index.fulltext.queryNodes('search_entities', $query) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH $kinds AS kinds WHERE 'Source' IN kinds
  CALL db.index.fulltext.queryNodes('search_sources', $query) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH $kinds AS kinds WHERE 'Actor' IN kinds
  CALL db.index.fulltext.queryRelationships('search_role_titles', $query) YIELD relationship, score
  RETURN startNode(relationship) AS node, score
}
WITH node, score,
  CASE WHEN node:Event THEN 'Event' WHEN node:Actor THEN 'Actor' WHEN node:Statement THEN 'Statement' WHEN node:Source THEN 'Source' END AS typename
WHERE typename IN $kinds
// With a source scope, only what the asked sources state: an event or statement they support, an actor
// they mention, a source that is one of them.
WITH node, score, typename, CASE WHEN NOT $bySource THEN [] WHEN typename = 'Source' THEN [node] ELSE COLLECT {
    MATCH (node)-[sb:SUPPORTED_BY]->(src:Source) WHERE sb.aspect IN ['event', 'statement'] RETURN src
    UNION MATCH (src:Source)-[:MENTIONS]->(node) RETURN src
  } END AS stating
WHERE NOT $bySource OR any(s IN stating WHERE
    // @include source-admitted
  )
WITH node, typename, collect(score) AS scores
WITH node, typename, reduce(total = 0.0, s IN COLLECT { UNWIND scores AS s RETURN s ORDER BY s } | total + s) AS score
WITH collect({node: node, typename: typename, score: score}) AS hits
CALL (hits) {
  UNWIND hits AS hit
  WITH hit
  WHERE $cursor IS NULL OR hit.score < $cursor.score OR (hit.score = $cursor.score AND hit.node.id > $cursor.id)
  WITH hit ORDER BY hit.score DESC, hit.node.id LIMIT toInteger($limit)
  WITH hit.node AS node, hit.typename AS typename, hit.score AS score
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
RETURN size(hits) AS totalCount, page
