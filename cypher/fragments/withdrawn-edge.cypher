// withdrawn-edge: withdraws the source of `row.evidence` from `r`, an edge that `owner` (the event or
// statement being rewritten) owns: an edge no other source states is deleted; one that others state
// keeps them (`sourceIds`) and, when it showed the withdrawn source's words, takes those of the best of
// the rest: their evidence of the owner (SUPPORTED_BY with `aspect`), which its own edges share. ABOUT
// and SPOKE_FOR keep only the source, as written.
WITH row, owner, r, aspect, [id IN coalesce(r.sourceIds, [r.sourceId]) WHERE id <> row.evidence.sourceId] AS rest
WHERE row.evidence.sourceId IN coalesce(r.sourceIds, [r.sourceId])
CALL (r, rest) {
  WITH r WHERE size(rest) = 0
  DELETE r
}
CALL (owner, r, rest, row, aspect) {
  WITH owner, r, rest, row, aspect WHERE size(rest) > 0
  SET r.sourceIds = rest
  WITH owner, r, rest, row, aspect WHERE r.sourceId = row.evidence.sourceId
  OPTIONAL CALL (owner, rest, aspect) {
    MATCH (owner)-[sb:SUPPORTED_BY WHERE sb.aspect = aspect]->(s:Source) WHERE s.id IN rest
    RETURN sb ORDER BY coalesce(sb.evidenceRank, 0) DESC, s.id LIMIT 1
  }
  SET r += CASE
    WHEN sb IS NULL THEN {sourceId: rest[-1]}
    WHEN type(r) IN ['ABOUT', 'SPOKE_FOR'] THEN sb {.sourceId, .evidenceRank}
    ELSE sb {.sourceId, .sentence, .charStart, .charEnd, .outsideArticle, .note, .evidenceRank} END
}
