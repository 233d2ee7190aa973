// upsert-statement: writes one statement from the upsertStatement mutation. What the input's source said
// of what the statement owns (its speaker, the body it spoke for, what it is about, its evidence) is
// replaced by the input: that source's evidence edges are deleted and it is withdrawn from the owned
// edges (fragment withdrawn-edge), while what other sources state stays with their provenance; then the
// statement is written as a document writes it. Returns it as stored.
// Parameters: $rows (one row shaped like ingest-statements'). Columns: id, statement (statement map).
UNWIND $rows AS row
CALL (row) {
  MATCH (:Statement {id: row.id})-[r:SUPPORTED_BY]->(:Source)
  WHERE r.sourceId IN [row.evidence.sourceId] + [t IN row.timeEvidence | t.sourceId]
  DELETE r
}
CALL (row) {
  CALL (row) {
    MATCH (st:Statement {id: row.id})-[r:SPOKE_FOR|ABOUT]->(:Actor|Event)
    RETURN st, r
    UNION
    MATCH (:Actor)-[r:SAID]->(st:Statement {id: row.id})
    RETURN st, r
  }
  WITH row, st AS owner, r, 'statement' AS aspect
  // @include withdrawn-edge
}
// @include statement-write
WITH st
RETURN st.id AS id,
  // @include statement-map
  AS statement
