// event-facts: one event with its neighbours and evidence, as stored, for acceptance assertions.
// Parameters: $id. Columns: event, place, participants, sectors, partOf, links, evidence.
MATCH (e:Event {id: $id})
RETURN properties(e) AS event,
  [(e)-[:TOOK_PLACE_IN]->(p) | p.id][0] AS place,
  [(a)-[r:PARTICIPATED_IN]->(e) | {actor: a.id, role: r.role, mentionedAs: r.mentionedAs}] AS participants,
  [(e)-[:AFFECTED]->(s) | s.id] AS sectors,
  [(e)-[:PART_OF]->(parent) | parent.id][0] AS partOf,
  [(e)-[r]->(other:Event) WHERE type(r) <> 'PART_OF' | {type: type(r), to: other.id}] AS links,
  [(e)-[r:SUPPORTED_BY]->(s:Source) | r {.*, text: s.text, sourceKind: s.kind}] AS evidence
