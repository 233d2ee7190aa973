// search-hits: the hits of $query, one row per node (node, typename, score), streamed in no order: those
// of $kinds and, with a source scope, only what the asked sources state (an event or statement they
// support, an actor they mention, a source that is one of them).
CALL () {
  CALL db.index.fulltext.queryNodes('search_nodes', $query) YIELD node, score
  RETURN node, score
  UNION ALL
  WITH $kinds AS kinds WHERE 'Source' IN kinds
  CALL db.index.fulltext.queryNodes('search_sources', $query) YIELD node, score
  RETURN node, score
}
WITH node, score,
  CASE WHEN node:Event THEN 'Event' WHEN node:Actor THEN 'Actor' WHEN node:Statement THEN 'Statement' WHEN node:Source THEN 'Source' END AS typename
WHERE typename IN $kinds
WITH node, score, typename, CASE WHEN NOT $bySource THEN [] WHEN typename = 'Source' THEN [node] ELSE COLLECT {
    MATCH (node)-[sb:SUPPORTED_BY]->(src:Source) WHERE sb.aspect IN ['event', 'statement'] RETURN src
    UNION MATCH (src:Source)-[:MENTIONS]->(node) RETURN src
  } END AS stating
WHERE NOT $bySource OR any(s IN stating WHERE
    // @include source-admitted
  )
