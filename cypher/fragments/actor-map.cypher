// actor-map: the actor bound to `a`, shaped like the GraphQL Actor: offices it held and offices held in
// it (time bounds flat on each), typed relationships to other actors both ways, and where sources
// mention it. Each fact carries its source's `availableAt` and `sourceKind`, for source filters.
a {
  .*,
  roles: [(a)-[r:HELD_ROLE]->(o:Actor) | r {.*, availableAt: COLLECT { MATCH (src:Source {id: r.sourceId}) RETURN src.availableAt }[0], sourceKind: COLLECT { MATCH (src:Source {id: r.sourceId}) RETURN src.kind }[0], holder: a {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}, organisation: o {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}}],
  officeHolders: [(h:Actor)-[r:HELD_ROLE]->(a) | r {.*, availableAt: COLLECT { MATCH (src:Source {id: r.sourceId}) RETURN src.availableAt }[0], sourceKind: COLLECT { MATCH (src:Source {id: r.sourceId}) RETURN src.kind }[0], holder: h {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}, organisation: a {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}}],
  relationships: [(a)-[r:GOVERNS|PART_OF|LOCATED_IN|MEMBER_OF|ALIGNED_WITH|METONYM_FOR]-(o:Actor) | r {.*, availableAt: COLLECT { MATCH (src:Source {id: r.sourceId}) RETURN src.availableAt }[0], sourceKind: COLLECT { MATCH (src:Source {id: r.sourceId}) RETURN src.kind }[0], type: type(r), direction: CASE WHEN startNode(r) = a THEN 'OUTGOING' ELSE 'INCOMING' END, other: o {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}}],
  mentions: [(s:Source)-[m:MENTIONS]->(a) | m {.*, availableAt: s.availableAt, sourceKind: s.kind, source: s {.id, .kind, .title, .publisher, .byline, .url, .publishedAt, .capturedAt, .availableAt, .referenceTime, .recordedAt}}]
}
