// event-map: the event bound to `e`, shaped like the GraphQL Event: its own properties (time bounds
// flat), places, participants, sectors, the events it is part of or holds, cause and consequence links
// (with the events at their other end as flat stubs), statements about it (stubs), and its evidence with
// the source. Everything it lists carries the ids of the sources that state it, for source filters: a
// place, sector or part in `statedBy`, a participation or link in its evidence's `sourceIds`, a
// statement in `sourceIds`.
e {
  .*,
  places: [(e)-[r:TOOK_PLACE_IN]->(p:Actor) | p {.id, .kind, .subtype, .name, .aliases, .metonyms, .description, statedBy: coalesce(r.sourceIds, [r.sourceId])}],
  participants: [(a:Actor)-[r:PARTICIPATED_IN]->(e) | {role: r.role, mentionedAs: r.mentionedAs, actor: a {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}, evidence: r {.sourceId, .sourceIds, .sentence, .charStart, .charEnd, .outsideArticle, .note}}],
  sectors: [(e)-[r:AFFECTED]->(s:Actor) | s {.id, .kind, .subtype, .name, .aliases, .metonyms, .description, statedBy: coalesce(r.sourceIds, [r.sourceId])}],
  partOfEvents: [(e)-[r:PART_OF]->(parent:Event) | parent {.*, statedBy: coalesce(r.sourceIds, [r.sourceId])}],
  parts: [(child:Event)-[r:PART_OF]->(e) | child {.*, statedBy: coalesce(r.sourceIds, [r.sourceId])}],
  causes: [(e)-[r:RETALIATION_FOR|RESPONSE_TO]->(other:Event) | {type: type(r), event: other {.*}, evidence: r {.*}}]
    + [(other:Event)-[r:CAUSED|FOLLOWED_BY|ENDED_BY]->(e) | {type: type(r), event: other {.*}, evidence: r {.*}}],
  consequences: [(other:Event)-[r:RETALIATION_FOR|RESPONSE_TO]->(e) | {type: type(r), event: other {.*}, evidence: r {.*}}]
    + [(e)-[r:CAUSED|FOLLOWED_BY|ENDED_BY]->(other:Event) | {type: type(r), event: other {.*}, evidence: r {.*}}],
  statements: [(st:Statement)-[:ABOUT]->(e) | st {.*, sourceIds: [(st)-[:SUPPORTED_BY {aspect: 'statement'}]->(src:Source) | src.id]}],
  evidence: [(e)-[r:SUPPORTED_BY]->(s:Source) | r {.*, source: s {.id, .kind, .title, .publisher, .byline, .url, .publishedAt, .capturedAt, .availableAt, .referenceTime, .recordedAt}}]
}
