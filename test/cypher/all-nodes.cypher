// all-nodes: every node with its labels and properties, for a fingerprint of the whole database.
// Parameters: none. Columns: labels, properties.
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS properties
