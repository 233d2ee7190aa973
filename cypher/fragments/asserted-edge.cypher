// asserted-edge: records on the relationship `r` that the source of `claim` (evidence props, with any
// further props the edge keeps) states it: the source joins `sourceIds`, every source that states the
// edge, and the claim's words replace the stored ones unless those come from a higher-ranked source
// (`evidenceRank`: the article's own sentence over an outside reference over a teaser). So a fact stated
// by the article and by a teaser keeps the article's words and both sources, in whichever order they come.
SET r.sourceIds = [id IN coalesce(r.sourceIds, [r.sourceId]) WHERE id IS NOT NULL AND id <> claim.sourceId]
  + claim.sourceId
SET r += CASE WHEN coalesce(r.evidenceRank, -1) > claim.evidenceRank THEN {} ELSE claim END
