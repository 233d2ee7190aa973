// actor-mentions: where sources mention each actor of a batch (the per-request loader behind
// Actor.mentions; the actor map leaves them out).
// Parameters: $ids. Columns: id, mentions.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id,
  // @include actor-mentions
  AS mentions
