// actors-by-ids: full actor maps for a batch of ids (the per-request actor loader).
// Parameters: $ids. Columns: id, actor.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id,
  // @include actor-map
  AS actor
