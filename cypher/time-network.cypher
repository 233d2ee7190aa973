// time-network: the live events tied by time to the events $ids (through PART_OF and the event links, in
// either direction, any number of steps), with their time claims, and every such link between them with
// the kind of the source that states it. Read inside a write, so the network sees what was just written.
// Parameters: $ids (event ids). Columns: events ([{id, title, timeClaims}]), links ([{from, type, to,
// sourceId, sourceKind, outsideArticle, sentence, note, modality}]).
OPTIONAL MATCH (seed:Event) WHERE seed.id IN $ids
OPTIONAL MATCH (seed) (()-[:PART_OF|CAUSED|FOLLOWED_BY|RETALIATION_FOR|RESPONSE_TO|ENDED_BY]-(:Event))* (e:Event)
WITH collect(DISTINCT e) AS events
RETURN [e IN events | e {.id, .title, .timeClaims}] AS events,
  COLLECT {
    UNWIND events AS a
    MATCH (a)-[r:PART_OF|CAUSED|FOLLOWED_BY|RETALIATION_FOR|RESPONSE_TO|ENDED_BY]->(b:Event)
    WHERE b IN events
    OPTIONAL MATCH (s:Source {id: r.sourceId})
    RETURN {from: a.id, type: type(r), to: b.id, sourceId: r.sourceId, sourceKind: s.kind,
      outsideArticle: coalesce(r.outsideArticle, false), sentence: r.sentence, note: r.note,
      modality: r.modality} AS link
  } AS links
