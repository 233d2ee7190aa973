// graph-counts: how many nodes and relationships the whole database holds.
// Parameters: none. Columns: nodes, relationships.
MATCH (n)
WITH count(n) AS nodes
OPTIONAL MATCH ()-[r]->()
RETURN nodes, count(r) AS relationships
