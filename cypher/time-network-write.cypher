// time-network-write: stores what the time network derived for each event: the tightened bounds of both
// bases, their order depth and predecessors, the derivations and contradictions (see docs/model.md).
// Parameters: $rows [{id, props}]. Columns: none.
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
SET e += row.props
