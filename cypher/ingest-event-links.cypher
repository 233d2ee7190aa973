// ingest-event-links: CAUSED, RETALIATION_FOR, RESPONSE_TO, FOLLOWED_BY, ENDED_BY between events, each with the
// sentence that states it. The type comes from the validated vocabulary.
// Parameters: $rows [{from, type, to, props}]. Columns: none.
UNWIND $rows AS row
MATCH (from:Event {id: row.from}), (to:Event {id: row.to})
MERGE (from)-[r:$(row.type)]->(to)
WITH r, row.props AS claim
// @include asserted-edge
