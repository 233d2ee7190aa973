// upsert-statement: writes one statement from the upsertStatement mutation. What the statement owns (its
// speaker, the body it spoke for, what it is about, its evidence) is replaced by the input, except the
// evidence and speaker edges of other sources, which stay with their provenance; then the statement is
// written as a document writes it. Returns it as stored.
// Parameters: $rows (one row shaped like ingest-statements'). Columns: id, statement (statement map).
UNWIND $rows AS row
CALL (row) {
  MATCH (:Statement {id: row.id})-[r:SPOKE_FOR|ABOUT|SUPPORTED_BY]->(other)
  WHERE (other:Source OR other:Actor OR other:Event)
    // Evidence from other sources stays; SPOKE_FOR and ABOUT carry no source and are the input's to say.
    AND (NOT r:SUPPORTED_BY OR r.sourceId IN [row.evidence.sourceId] + [t IN row.timeEvidence | t.sourceId])
  DELETE r
}
CALL (row) {
  MATCH (:Actor)-[r:SAID]->(:Statement {id: row.id})
  WHERE r.sourceId = row.evidence.sourceId
  DELETE r
}
// @include statement-write
WITH st
RETURN st.id AS id,
  // @include statement-map
  AS statement
