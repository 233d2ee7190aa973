// upsert-event: writes one event from the upsertEvent mutation. What the input's source said of what the
// event owns (its evidence, participants, place, sectors and the event it is part of) is replaced by the
// input: that source's evidence edges are deleted and it is withdrawn from the owned edges (fragment
// withdrawn-edge), then the event is written as a document writes it. What other sources say stays, with
// its provenance; links between events and statements about it are facts of their own and stay too.
// Returns the event as now stored.
// Parameters: $rows (one row shaped like ingest-events'). Columns: id, event (event map).
UNWIND $rows AS row
CALL (row) {
  MATCH (:Event {id: row.id})-[r:SUPPORTED_BY]->(:Source)
  WHERE r.sourceId IN [row.evidence.sourceId] + [t IN row.timeEvidence | t.sourceId]
  DELETE r
}
CALL (row) {
  CALL (row) {
    MATCH (e:Event {id: row.id})-[r:TOOK_PLACE_IN|AFFECTED|PART_OF]->(:Actor|Event)
    RETURN e, r
    UNION
    MATCH (:Actor)-[r:PARTICIPATED_IN]->(e:Event {id: row.id})
    RETURN e, r
  }
  WITH row, e AS owner, r, 'event' AS aspect
  // @include withdrawn-edge
}
// @include event-write
WITH e
RETURN e.id AS id,
  // @include event-map
  AS event
