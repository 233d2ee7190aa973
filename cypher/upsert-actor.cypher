// upsert-actor: writes one actor from the upsertActor mutation. Unlike a document, which never renames
// what another declared first, the input's name, subtype, description and aliases replace the stored
// ones; its kind was checked unchanged before. The evidence is the MENTIONS edge from its source
// (mentions by other sources stay). The label comes from the fixed kind-to-label table (ACTOR_LABELS).
// Parameters: $rows (one row shaped like ingest-actors'). Columns: id, actor (actor map).
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.kind = row.kind, a.recordedAt = datetime()
SET a:$(row.label),
  a.name = row.name,
  a.subtype = row.subtype,
  a.description = row.description,
  a.aliases = row.aliases
WITH a, row
CALL (a, row) {
  WITH row WHERE row.evidence IS NOT NULL
  MATCH (s:Source {id: row.evidence.sourceId})
  MERGE (s)-[m:MENTIONS]->(a)
  SET m += row.evidence
}
WITH a,
  // @include actor-map
  AS actorMap
// The change report compares mentions too.
RETURN a.id AS id, actorMap {.*, mentions:
  // @include actor-mentions
  } AS actor
