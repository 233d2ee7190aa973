// event-map: the event bound to `e`, shaped like the GraphQL Event: its own properties (time bounds
// flat), places, participants, sectors, the events it is part of or holds, cause and consequence links
// (with the events at their other end as flat stubs), statements about it (stubs), and its evidence with
// the source. Everything it lists carries the ids of the sources that state it, for source filters: a
// place, sector or part in `statedBy`, a participation or link in its evidence's `sourceIds`, a
// statement in `sourceIds`.
// $fetch ({places, participants, ..., evidence: booleans}, always every key) says which lists to read:
// a list not asked for is null, and the API loads the whole event if a field needs it after all.
e {
  .*,
  places: CASE WHEN $fetch.places THEN [(e)-[r:TOOK_PLACE_IN]->(p:Actor) | p {.id, .kind, .subtype, .name, .aliases, .metonyms, .description, statedBy: coalesce(r.sourceIds, [r.sourceId])}] END,
  participants: CASE WHEN $fetch.participants THEN [(a:Actor)-[r:PARTICIPATED_IN]->(e) | {role: r.role, mentionedAs: r.mentionedAs, actor: a {.id, .kind, .subtype, .name, .aliases, .metonyms, .description}, evidence: r {.sourceId, .sourceIds, .sentence, .charStart, .charEnd, .outsideArticle, .note}}] END,
  sectors: CASE WHEN $fetch.sectors THEN [(e)-[r:AFFECTED]->(s:Actor) | s {.id, .kind, .subtype, .name, .aliases, .metonyms, .description, statedBy: coalesce(r.sourceIds, [r.sourceId])}] END,
  partOfEvents: CASE WHEN $fetch.partOfEvents THEN [(e)-[r:PART_OF]->(parent:Event) | parent {.*, statedBy: coalesce(r.sourceIds, [r.sourceId])}] END,
  parts: CASE WHEN $fetch.parts THEN [(child:Event)-[r:PART_OF]->(e) | child {.*, statedBy: coalesce(r.sourceIds, [r.sourceId])}] END,
  causes: CASE WHEN $fetch.causes THEN [(e)-[r:RETALIATION_FOR|RESPONSE_TO]->(other:Event) | {type: type(r), event: other {.*}, evidence: r {.*}}]
    + [(other:Event)-[r:CAUSED|FOLLOWED_BY|ENDED_BY]->(e) | {type: type(r), event: other {.*}, evidence: r {.*}}] END,
  consequences: CASE WHEN $fetch.consequences THEN [(other:Event)-[r:RETALIATION_FOR|RESPONSE_TO]->(e) | {type: type(r), event: other {.*}, evidence: r {.*}}]
    + [(e)-[r:CAUSED|FOLLOWED_BY|ENDED_BY]->(other:Event) | {type: type(r), event: other {.*}, evidence: r {.*}}] END,
  statements: CASE WHEN $fetch.statements THEN [(st:Statement)-[:ABOUT]->(e) | st {.*, sourceIds: [(st)-[:SUPPORTED_BY {aspect: 'statement'}]->(src:Source) | src.id]}] END,
  evidence: CASE WHEN $fetch.evidence THEN [(e)-[r:SUPPORTED_BY]->(s:Source) | r {.*, source: s {.id, .kind, .title, .publisher, .byline, .url, .publishedAt, .capturedAt, .availableAt, .referenceTime, .recordedAt}}] END
}
