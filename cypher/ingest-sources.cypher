// ingest-sources: upserts the document's sources. recordedAt is the ingest clock, set once.
// Parameters: $rows [{id, props}]. Columns: none.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
ON CREATE SET s.recordedAt = datetime()
SET s += row.props
