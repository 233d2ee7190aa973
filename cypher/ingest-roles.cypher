// ingest-roles: who held which office, when, as HELD_ROLE relationships with their own time bounds.
// The holder keeps the distinct titles of its offices as officeTitles, which full-text search reads
// (migration 0010).
// Parameters: $rows [{id, holder, organisation, props}]. Columns: none.
UNWIND $rows AS row
MATCH (holder:Actor {id: row.holder}), (organisation:Actor {id: row.organisation})
MERGE (holder)-[r:HELD_ROLE {id: row.id}]->(organisation)
WITH holder, r, row.props AS claim
// @include asserted-edge
WITH DISTINCT holder
SET holder.officeTitles = COLLECT {
  MATCH (holder)-[held:HELD_ROLE]->() WHERE held.title IS NOT NULL RETURN DISTINCT held.title AS title ORDER BY title
}
