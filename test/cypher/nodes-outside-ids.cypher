// nodes-outside-ids: the fact nodes (live or retracted) whose id is not among $ids, at most 10 of them.
// Parameters: $ids. Columns: count, examples (ids).
MATCH (n) WHERE (n:Actor OR n:Event OR n:Statement OR n:Source
    OR n:RetractedActor OR n:RetractedEvent OR n:RetractedStatement)
  AND NOT n.id IN $ids
RETURN count(n) AS count, collect(n.id)[..10] AS examples
