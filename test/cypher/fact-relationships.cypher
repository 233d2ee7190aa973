// fact-relationships: every relationship of $types between live actors, events and statements (the
// steps a path may take when no filter is set), as start and end ids, for a reference search in tests.
// Parameters: $types. Columns: start, end.
MATCH (a:Actor|Event|Statement)-[r]->(b:Actor|Event|Statement)
WHERE type(r) IN $types
RETURN a.id AS start, b.id AS end
