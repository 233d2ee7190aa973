// retract-statement: soft retraction of one statement. It loses its Statement label for
// RetractedStatement, so every read (they all match :Statement) stops showing it, while the node, its
// speaker, subjects and evidence stay for audit, with when and why (retractedAt, retractedReason). The
// unique id constraint is on :Statement only, so a later document or upsert of the id makes a new one.
// Parameters: $id, $reason. Columns: retracted ({id, label, retractedAt, retractedReason}; null when no
// live statement has $id), hidden (its relationships to live nodes), earlier (earlier retractions of $id).
OPTIONAL MATCH (n:Statement {id: $id})
WITH n,
  // @include retraction-hidden
  AS hidden,
  COLLECT {
    MATCH (old:RetractedStatement {id: $id})
    RETURN {retractedAt: old.retractedAt, reason: old.retractedReason} AS retraction ORDER BY old.retractedAt DESC
  } AS earlier
CALL (n) {
  WITH n WHERE n IS NOT NULL
  REMOVE n:Statement
  SET n:RetractedStatement, n.retractedAt = datetime(), n.retractedReason = $reason
}
RETURN n {.id, label: n.text, .retractedAt, .retractedReason} AS retracted, hidden, earlier
