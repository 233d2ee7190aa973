// actor-map: the actor bound to `a`, shaped like the GraphQL Actor: offices it held and offices held in
// it (time bounds flat on each) and typed relationships to other actors both ways. Where sources mention
// it is a list of its own (fragment actor-mentions, thousands for a busy actor), read only where asked. Each fact carries the ids of the sources that state it (`sourceIds`, or the one
// `sourceId`), which source filters test.
a {
  .*,
  roles: [(a)-[r:HELD_ROLE]->(o:Actor) | r {.*, holder: a {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}, organisation: o {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}}],
  officeHolders: [(h:Actor)-[r:HELD_ROLE]->(a) | r {.*, holder: h {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}, organisation: a {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}}],
  relationships: [(a)-[r:GOVERNS|PART_OF|LOCATED_IN|MEMBER_OF|ALIGNED_WITH|METONYM_FOR]-(o:Actor) | r {.*, type: type(r), direction: CASE WHEN startNode(r) = a THEN 'OUTGOING' ELSE 'INCOMING' END, other: o {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}}]
}
