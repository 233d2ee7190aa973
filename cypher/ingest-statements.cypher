// ingest-statements: quotes and reported claims, with the speaker (SAID), whom they spoke for
// (SPOKE_FOR), what they are about (ABOUT: actors or events) and their evidence.
// Parameters: $rows [{id, props, speaker, affiliation, about, evidence, timeEvidence}]. Columns: none.
UNWIND $rows AS row
MERGE (st:Statement {id: row.id})
ON CREATE SET st.recordedAt = datetime()
SET st += row.props
WITH st, row
CALL (st, row) {
  MATCH (speaker:Actor {id: row.speaker})
  MERGE (speaker)-[r:SAID]->(st)
  SET r += row.evidence
}
CALL (st, row) {
  WITH row WHERE row.affiliation IS NOT NULL
  MATCH (body:Actor {id: row.affiliation})
  MERGE (st)-[:SPOKE_FOR]->(body)
}
CALL (st, row) {
  UNWIND row.about AS targetId
  CALL (targetId) {
    MATCH (actor:Actor {id: targetId}) RETURN actor AS target
    UNION
    MATCH (event:Event {id: targetId}) RETURN event AS target
  }
  MERGE (st)-[:ABOUT]->(target)
}
CALL (st, row) {
  MATCH (s:Source {id: row.evidence.sourceId})
  MERGE (st)-[r:SUPPORTED_BY {aspect: 'statement'}]->(s)
  SET r += row.evidence
}
CALL (st, row) {
  WITH row WHERE row.timeEvidence IS NOT NULL
  MATCH (s:Source {id: row.timeEvidence.sourceId})
  MERGE (st)-[r:SUPPORTED_BY {aspect: 'time'}]->(s)
  SET r += row.timeEvidence
}
