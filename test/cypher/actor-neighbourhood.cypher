// actor-neighbourhood: how many Actor nodes have this id, the sources that mention it and what it said.
// Parameters: $id. Columns: nodes, mentionedBy, said.
MATCH (a:Actor {id: $id})
RETURN count(a) AS nodes,
  [(s:Source)-[:MENTIONS]->(a) | s.id] AS mentionedBy,
  [(a)-[:SAID]->(st) | st.id] AS said
