// event-write: upserts the event of `row` (a row of ingest-events) as `e`: MERGE on its id, its
// properties, and MERGE of the relationships it owns with their evidence. Shared by ingest-events and
// upsert-event, so a document and a mutation write a event the same way.
MERGE (e:Event {id: row.id})
ON CREATE SET e.recordedAt = datetime()
SET e += row.props
WITH e, row
CALL (e, row) {
  MATCH (s:Source {id: row.evidence.sourceId})
  MERGE (e)-[r:SUPPORTED_BY {aspect: 'event'}]->(s)
  SET r += row.evidence
}
CALL (e, row) {
  // One edge per source of a time claim with evidence of its own (an outside reference, another sentence).
  UNWIND row.timeEvidence AS timeEvidence
  MATCH (s:Source {id: timeEvidence.sourceId})
  MERGE (e)-[r:SUPPORTED_BY {aspect: 'time'}]->(s)
  SET r += timeEvidence
}
CALL (e, row) {
  UNWIND row.participants AS p
  MATCH (a:Actor {id: p.actor})
  MERGE (a)-[r:PARTICIPATED_IN {role: p.role}]->(e)
  WITH r, p, row.evidence AS evidence
  WITH r, evidence {.*, mentionedAs: p.mentionedAs} AS claim
  // @include asserted-edge
}
CALL (e, row) {
  WITH row WHERE row.place IS NOT NULL
  MATCH (place:Actor {id: row.place})
  MERGE (e)-[r:TOOK_PLACE_IN]->(place)
  WITH r, row.evidence AS claim
  // @include asserted-edge
}
CALL (e, row) {
  UNWIND row.sectors AS sectorId
  MATCH (sector:Actor {id: sectorId})
  MERGE (e)-[r:AFFECTED]->(sector)
  WITH r, row.evidence AS claim
  // @include asserted-edge
}
CALL (e, row) {
  WITH row WHERE row.partOf IS NOT NULL
  MATCH (parent:Event {id: row.partOf})
  MERGE (e)-[r:PART_OF]->(parent)
  WITH r, row.evidence AS claim
  // @include asserted-edge
}
