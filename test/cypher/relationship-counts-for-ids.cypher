// relationship-counts-for-ids: relationships of each type whose two ends both have one of these ids.
// Parameters: $ids. Columns: type, count.
MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids
RETURN type(r) AS type, count(*) AS count
ORDER BY type
