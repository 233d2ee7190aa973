// graph-snapshot: every node whose id contains $token, with labels and properties (minus the ingest
// clock), and every relationship touching one, with its type and properties; for idempotence checks.
// Parameters: $token. Columns: nodes, relationships.
MATCH (n)
WHERE n.id CONTAINS $token
WITH collect(n) AS nodes
RETURN
  [n IN nodes | {labels: labels(n), properties: properties(n)}] AS nodes,
  COLLECT {
    UNWIND nodes AS n
    MATCH (n)-[r]-(m)
    WITH DISTINCT r
    RETURN {type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)}
  } AS relationships
