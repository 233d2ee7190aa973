// statements-by-ids: full statement maps for a batch of ids (the per-request statement loader).
// Parameters: $ids. Columns: id, statement.
UNWIND $ids AS id
MATCH (st:Statement {id: id})
RETURN id,
  // @include statement-map
  AS statement
