// events-by-ids: full event maps for a batch of ids (the per-request event loader).
// Parameters: $ids. Columns: id, event.
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id,
  // @include event-map
  AS event
