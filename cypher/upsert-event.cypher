// upsert-event: writes one event from the upsertEvent mutation. What the input's source said of what the
// event owns (its evidence, participants, place, sectors and the event it is part of) is replaced by the
// input: those edges are deleted, then the event is written as a document writes it. What other sources
// say stays, with its provenance; links between events and statements about it are facts of their own
// and stay too. Returns the event as now stored.
// Parameters: $rows (one row shaped like ingest-events'). Columns: id, event (event map).
UNWIND $rows AS row
CALL (row) {
  MATCH (:Event {id: row.id})-[r:SUPPORTED_BY|TOOK_PLACE_IN|AFFECTED|PART_OF]->(other)
  WHERE (other:Source OR other:Actor OR other:Event)
    AND r.sourceId IN [row.evidence.sourceId] + [t IN row.timeEvidence | t.sourceId]
  DELETE r
}
CALL (row) {
  MATCH (:Actor)-[r:PARTICIPATED_IN]->(:Event {id: row.id})
  WHERE r.sourceId = row.evidence.sourceId
  DELETE r
}
// @include event-write
WITH e
RETURN e.id AS id,
  // @include event-map
  AS event
