// statement-write: upserts the statement of `row` (a row of ingest-statements) as `st`: MERGE on its id, its
// properties, and MERGE of the relationships it owns with their evidence. Shared by ingest-statements and
// upsert-statement, so a document and a mutation write a statement the same way.
MERGE (st:Statement {id: row.id})
ON CREATE SET st.recordedAt = datetime()
SET st += row.props
WITH st, row
CALL (st, row) {
  MATCH (speaker:Actor {id: row.speaker})
  MERGE (speaker)-[r:SAID]->(st)
  WITH r, row.evidence AS claim
  // @include asserted-edge
}
CALL (st, row) {
  WITH row WHERE row.affiliation IS NOT NULL
  MATCH (body:Actor {id: row.affiliation})
  MERGE (st)-[r:SPOKE_FOR]->(body)
  // Its source (not its sentence: graph-edge-map gives the statement's) on its own edges too, so source
  // filters can test every edge alike.
  WITH r, {sourceId: row.evidence.sourceId, evidenceRank: row.evidence.evidenceRank} AS claim
  // @include asserted-edge
}
CALL (st, row) {
  UNWIND row.about AS targetId
  CALL (targetId) {
    MATCH (actor:Actor {id: targetId}) RETURN actor AS target
    UNION
    MATCH (event:Event {id: targetId}) RETURN event AS target
  }
  MERGE (st)-[r:ABOUT]->(target)
  WITH r, {sourceId: row.evidence.sourceId, evidenceRank: row.evidence.evidenceRank} AS claim
  // @include asserted-edge
}
CALL (st, row) {
  MATCH (s:Source {id: row.evidence.sourceId})
  MERGE (st)-[r:SUPPORTED_BY {aspect: 'statement'}]->(s)
  SET r += row.evidence
}
CALL (st, row) {
  // One edge per source of a time claim with evidence of its own (an outside reference, another sentence).
  UNWIND row.timeEvidence AS timeEvidence
  MATCH (s:Source {id: timeEvidence.sourceId})
  MERGE (st)-[r:SUPPORTED_BY {aspect: 'time'}]->(s)
  SET r += timeEvidence
}
