// statement-map: the statement bound to `st`, shaped like the GraphQL Statement: its own properties (time
// bounds flat), speaker, the body it spoke for, what it is about (actors and events, tagged with their
// GraphQL type, with the ids of the sources that say it is about them in `statedBy`) and its evidence
// with the source.
st {
  .*,
  speaker: [(a:Actor)-[:SAID]->(st) | a {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}][0],
  spokeFor: [(st)-[:SPOKE_FOR]->(b:Actor) | b {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}][0],
  about: [(st)-[r:ABOUT]->(n) WHERE n:Actor OR n:Event | n {.*, __typename: CASE WHEN n:Event THEN 'Event' ELSE 'Actor' END, statedBy: coalesce(r.sourceIds, [r.sourceId])}],
  evidence: [(st)-[r:SUPPORTED_BY]->(s:Source) | r {.*, source: s {.id, .kind, .title, .publisher, .byline, .url, .publishedAt, .capturedAt, .availableAt, .referenceTime, .recordedAt}}]
}
