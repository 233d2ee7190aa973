// Source filters test each edge's `sourceId`: a statement's ABOUT and SPOKE_FOR edges stored before they
// carried one get their statement's source. Links stored before modality are read as INFERRED (never as
// what a source says) until a document states them again.
MATCH (st:Statement)-[r:ABOUT|SPOKE_FOR]->() WHERE r.sourceId IS NULL
MATCH (st)-[:SUPPORTED_BY {aspect: 'statement'}]->(s:Source)
WITH r, min(s.id) AS sourceId
SET r.sourceId = sourceId;
