// actor-by-id: one actor's labels and properties.
// Parameters: $id. Columns: labels, actor.
MATCH (a:Actor {id: $id})
RETURN labels(a) AS labels, properties(a) AS actor
