// upsert-statement: writes one statement from the upsertStatement mutation. What the statement owns (its
// speaker, the body it spoke for, what it is about, its evidence) is replaced by the input: the old edges
// to live nodes are deleted, then the statement is written as a document writes it. Returns it as stored.
// Parameters: $rows (one row shaped like ingest-statements'). Columns: id, statement (statement map).
UNWIND $rows AS row
CALL (row) {
  MATCH (:Statement {id: row.id})-[r:SPOKE_FOR|ABOUT|SUPPORTED_BY]->(other)
  WHERE other:Source OR other:Actor OR other:Event
  DELETE r
}
CALL (row) {
  MATCH (:Actor)-[r:SAID]->(:Statement {id: row.id})
  DELETE r
}
// @include statement-write
WITH st
RETURN st.id AS id,
  // @include statement-map
  AS statement
