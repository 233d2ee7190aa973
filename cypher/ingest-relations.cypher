// ingest-relations: typed relationships between actors (GOVERNS, PART_OF, LOCATED_IN, MEMBER_OF,
// ALIGNED_WITH); the type comes from the validated vocabulary, never from free text.
// Parameters: $rows [{from, type, to, props}]. Columns: none.
UNWIND $rows AS row
MATCH (from:Actor {id: row.from}), (to:Actor {id: row.to})
MERGE (from)-[r:$(row.type)]->(to)
WITH r, row.props AS claim
// @include asserted-edge
