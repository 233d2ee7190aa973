// retraction-hidden: the relationships between `n` (about to be retracted) and live actors, events and
// statements, which reads stop following once `n` loses its live label: {type, direction, otherId}.
COLLECT {
  MATCH (n)-[r]-(other)
  WHERE other:Actor OR other:Event OR other:Statement
  RETURN {type: type(r), direction: CASE WHEN startNode(r) = n THEN 'OUTGOING' ELSE 'INCOMING' END, otherId: other.id}
}
