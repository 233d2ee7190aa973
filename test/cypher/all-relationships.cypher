// all-relationships: every relationship with its type, ends and properties, for a database fingerprint.
// Parameters: none. Columns: type, start, end, properties.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS properties
