// graph-edge-map: the relationship bound to `r` as an edge of a drawn graph, in its real direction: its
// own properties (role, title, term, time bounds, evidence), type, source and target ids. SPOKE_FOR and
// ABOUT carry no sentence of their own; they get their statement's in their best source
// (statementEvidence).
r {.*, type: type(r), source: startNode(r).id, target: endNode(r).id,
  statementEvidence: CASE WHEN type(r) IN ['SPOKE_FOR', 'ABOUT'] THEN COLLECT {
    WITH r, startNode(r) AS statement
    MATCH (statement)-[sb:SUPPORTED_BY {aspect: 'statement'}]->(src:Source)
    RETURN sb {.*} ORDER BY src.id = r.sourceId DESC, coalesce(sb.evidenceRank, 0) DESC, src.id LIMIT 1
  }[0] END}
