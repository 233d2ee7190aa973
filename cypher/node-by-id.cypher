// node-by-id: any actor, event, statement or source by its global id, with its GraphQL type name.
// Parameters: $id. Columns: typename, node.
CALL () {
  MATCH (e:Event {id: $id})
  RETURN 'Event' AS typename,
    // @include event-map
    AS node
  UNION
  MATCH (a:Actor {id: $id})
  RETURN 'Actor' AS typename,
    // @include actor-map
    AS node
  UNION
  MATCH (st:Statement {id: $id})
  RETURN 'Statement' AS typename,
    // @include statement-map
    AS node
  UNION
  MATCH (s:Source {id: $id})
  RETURN 'Source' AS typename, s {.*} AS node
}
RETURN typename, node
