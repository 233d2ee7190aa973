// graph-step-node: whether the graph queries may pass through node `n` (not an end or a centre): if
// dated, inside the window ($from, $to; with $certain wholly inside); with $factsOnly, no event whose
// status is not in $factStatuses.
(n.earliestStart IS NULL OR (n.earliestStart < $to AND (n.latestEnd IS NULL OR n.latestEnd > $from)
  AND (NOT $certain OR (n.earliestStart >= $from AND n.latestEnd IS NOT NULL AND n.latestEnd <= $to))))
  AND (NOT $factsOnly OR n.status IS NULL OR n.status IN $factStatuses)
