// ingest-actors: upserts actors by id. A later document adds aliases and fills gaps but never
// renames or re-describes an actor another document declared first.
// Parameters: $rows [{id, kind, label, name, subtype, description, aliases, evidence}]. Columns: none.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.name = row.name, a.kind = row.kind, a.recordedAt = datetime()
SET a:$(row.label),
  a.subtype = coalesce(a.subtype, row.subtype),
  a.description = coalesce(a.description, row.description),
  a.aliases = reduce(acc = coalesce(a.aliases, []), alias IN row.aliases |
    CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
WITH a, row
WHERE row.evidence IS NOT NULL
MATCH (s:Source {id: row.evidence.sourceId})
MERGE (s)-[m:MENTIONS]->(a)
SET m += row.evidence
