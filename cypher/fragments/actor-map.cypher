// actor-map: the actor bound to `a`, shaped like the GraphQL Actor: offices it held and offices held in
// it (time bounds flat on each), typed relationships to other actors both ways, and where sources
// mention it. Each fact carries the ids of the sources that state it (`sourceIds`, or the one
// `sourceId`), which source filters test.
a {
  .*,
  roles: [(a)-[r:HELD_ROLE]->(o:Actor) | r {.*, holder: a {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}, organisation: o {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}}],
  officeHolders: [(h:Actor)-[r:HELD_ROLE]->(a) | r {.*, holder: h {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}, organisation: a {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}}],
  relationships: [(a)-[r:GOVERNS|PART_OF|LOCATED_IN|MEMBER_OF|ALIGNED_WITH|METONYM_FOR]-(o:Actor) | r {.*, type: type(r), direction: CASE WHEN startNode(r) = a THEN 'OUTGOING' ELSE 'INCOMING' END, other: o {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}}],
  mentions: [(s:Source)-[m:MENTIONS]->(a) | m {.*, source: s {.id, .kind, .title, .publisher, .byline, .url, .publishedAt, .capturedAt, .availableAt, .referenceTime, .recordedAt}}]
}
