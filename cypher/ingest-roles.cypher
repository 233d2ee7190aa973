// ingest-roles: who held which office, when, as HELD_ROLE relationships with their own time bounds.
// Parameters: $rows [{id, holder, organisation, props}]. Columns: none.
UNWIND $rows AS row
MATCH (holder:Actor {id: row.holder}), (organisation:Actor {id: row.organisation})
MERGE (holder)-[r:HELD_ROLE {id: row.id}]->(organisation)
WITH r, row.props AS claim
// @include asserted-edge
