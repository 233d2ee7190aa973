// retract-actor: soft retraction of one actor, refused while a live event or statement refers to it
// (taking part, place, sector, speaker, body spoken for, subject): those would lose a participant or a
// speaker silently. Otherwise it loses its Actor and kind labels for RetractedActor (its `kind` property
// stays), so every read stops showing it, while the node, its relationships and their evidence stay
// for audit, with when and why. The unique id constraint is on :Actor only.
// Parameters: $id, $reason. Columns: retracted ({id, label, retractedAt, retractedReason}; null when no
// live actor has $id), referencedBy (live events and statements that refer to it, {type, direction,
// otherId}; when not empty nothing was written), hidden (its relationships to live nodes, which reads no
// longer follow), earlier (earlier retractions of $id).
OPTIONAL MATCH (n:Actor {id: $id})
WITH n,
  // @include retraction-hidden
  AS hidden,
  COLLECT {
    MATCH (n)-[r:PARTICIPATED_IN|SAID]->(x)
    WHERE x:Event OR x:Statement
    RETURN {type: type(r), direction: 'OUTGOING', otherId: x.id} AS reference
    UNION
    MATCH (x)-[r:TOOK_PLACE_IN|AFFECTED|SPOKE_FOR|ABOUT]->(n)
    WHERE x:Event OR x:Statement
    RETURN {type: type(r), direction: 'INCOMING', otherId: x.id} AS reference
  } AS referencedBy,
  COLLECT {
    MATCH (old:RetractedActor {id: $id})
    RETURN {retractedAt: old.retractedAt, reason: old.retractedReason} AS retraction ORDER BY old.retractedAt DESC
  } AS earlier
CALL (n, referencedBy) {
  WITH n WHERE n IS NOT NULL AND size(referencedBy) = 0
  REMOVE n:Actor:Person:Country:Government:Organisation:Place:Sector
  SET n:RetractedActor, n.retractedAt = datetime(), n.retractedReason = $reason
}
RETURN CASE WHEN size(referencedBy) = 0 THEN n {.id, label: n.name, .retractedAt, .retractedReason} END AS retracted,
  n IS NOT NULL AS found, referencedBy, hidden, earlier
