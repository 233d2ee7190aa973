// graph-step-node: whether the path queries may pass through node `x` (not an end): if dated, inside the
// window ($from, $to; with $certain wholly inside); with $factsOnly, no event whose status is not in
// $factStatuses.
(x.earliestStart IS NULL OR (x.earliestStart < $to AND (x.latestEnd IS NULL OR x.latestEnd > $from)
  AND (NOT $certain OR (x.earliestStart >= $from AND x.latestEnd IS NOT NULL AND x.latestEnd <= $to))))
  AND (NOT $factsOnly OR x.status IS NULL OR x.status IN $factStatuses)
