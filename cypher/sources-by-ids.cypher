// sources-by-ids: sources with their full text for a batch of ids (the per-request source loader).
// Parameters: $ids. Columns: id, source.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id, s {.*} AS source
