// causal-chain: the cause, retaliation and response links that lead to the event $event (upstream) or
// away from it (downstream), to $depth links away, each link once at the depth it is first reached.
// Upstream reads `X RETALIATION_FOR|RESPONSE_TO Y` and `Y CAUSED|FOLLOWED_BY|ENDED_BY X` as Y leading to X.
// The pattern allows at most 5 links (a quantifier cannot be a parameter); $depth cuts it shorter.
// Parameters: $event, $upstream, $depth (1-5), $types (link types to follow), $bySource, $asOf,
// $sources, $sourceKinds (only links those sources state; fragment source-admitted), $modalities
// (STATED, INFERRED; empty: both; a link recorded without one counts as INFERRED).
// Columns: event (the event map, null when $event is unknown), links [{type, depth, cause, effect, evidence}] ordered by
// depth, then the cause's start.
OPTIONAL MATCH (start:Event {id: $event})
WITH start, CASE WHEN $bySource THEN
    // @include admitted-sources
  ELSE [] END AS admitted
CALL (start, admitted) {
  MATCH chain = (start)((a:Event)-[r:CAUSED|RETALIATION_FOR|RESPONSE_TO|FOLLOWED_BY|ENDED_BY]-(b:Event)
      WHERE type(r) IN $types AND (NOT $bySource OR any(id IN r.sourceIds WHERE id IN admitted))
        AND (size($modalities) = 0 OR coalesce(r.modality, 'INFERRED') IN $modalities)
        AND (CASE WHEN type(r) IN ['RETALIATION_FOR', 'RESPONSE_TO'] THEN startNode(r) = a ELSE endNode(r) = a END) = $upstream
    ){1,5}(:Event)
  WHERE length(chain) <= $depth
  UNWIND range(0, length(chain) - 1) AS i
  WITH relationships(chain)[i] AS link, i + 1 AS depth
  WITH link, min(depth) AS depth
  WITH link, depth,
    CASE WHEN type(link) IN ['RETALIATION_FOR', 'RESPONSE_TO'] THEN endNode(link) ELSE startNode(link) END AS cause,
    CASE WHEN type(link) IN ['RETALIATION_FOR', 'RESPONSE_TO'] THEN startNode(link) ELSE endNode(link) END AS effect
  ORDER BY depth, cause.start, cause.id, effect.id, type(link)
  RETURN collect({type: type(link), depth: depth, cause: cause {.*}, effect: effect {.*}, evidence: link {.*}}) AS links
}
WITH start AS e, links
RETURN links, CASE WHEN e IS NOT NULL THEN
  // @include event-map
  END AS event

