// retract-event: soft retraction of one event. It loses its Event label for RetractedEvent, so every
// read (they all match :Event) stops showing it, while the node, its properties, its relationships and
// their evidence stay for audit, with when and why (retractedAt, retractedReason). The unique id
// constraint is on :Event only, so a later document or upsert of the same id makes a new live event.
// Parameters: $id, $reason. Columns: retracted ({id, label, retractedAt, retractedReason}; null when no
// live event has $id), hidden (its relationships to live nodes, which reads no longer follow), earlier
// (earlier retractions of $id, newest first: {retractedAt, reason}).
OPTIONAL MATCH (n:Event {id: $id})
WITH n,
  // @include retraction-hidden
  AS hidden,
  COLLECT {
    MATCH (old:RetractedEvent {id: $id})
    RETURN {retractedAt: old.retractedAt, reason: old.retractedReason} AS retraction ORDER BY old.retractedAt DESC
  } AS earlier
CALL (n) {
  WITH n WHERE n IS NOT NULL
  REMOVE n:Event
  SET n:RetractedEvent, n.retractedAt = datetime(), n.retractedReason = $reason
}
RETURN n {.id, label: n.title, .retractedAt, .retractedReason} AS retracted, hidden, earlier
