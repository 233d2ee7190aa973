// upsert-context: what an upsert needs before it checks its input, read inside its write transaction:
// the stored sources its evidence names (with the text its sentences must be found in), and the fact
// as stored now, shaped like the GraphQL type, so the change can be reported field by field.
// Parameters: $id (the fact's id), $sourceIds (ids). Columns: sources (source maps with text), event,
// actor, statement (the map of the live node with $id of that kind; null when there is none).
CALL () {
  OPTIONAL MATCH (e:Event {id: $id})
  RETURN CASE WHEN e IS NOT NULL THEN
    // @include event-map
  END AS event
}
CALL () {
  OPTIONAL MATCH (a:Actor {id: $id})
  WITH a, CASE WHEN a IS NOT NULL THEN
    // @include actor-map
  END AS actorMap
  // The change report compares mentions too.
  RETURN CASE WHEN a IS NOT NULL THEN actorMap {.*, mentions:
    // @include actor-mentions
  } END AS actor
}
CALL () {
  OPTIONAL MATCH (st:Statement {id: $id})
  RETURN CASE WHEN st IS NOT NULL THEN
    // @include statement-map
  END AS statement
}
RETURN COLLECT { MATCH (s:Source) WHERE s.id IN $sourceIds RETURN s {.*} } AS sources, event, actor, statement
