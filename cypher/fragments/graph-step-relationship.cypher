// graph-step-relationship: whether the graph queries may cross relationship `r` (`admitted`: the source
// ids that count, fragment admitted-sources): of $types; with $bySource stated by an admitted source; if
// dated, inside the window ($from, $to; with $certain wholly inside).
type(r) IN $types AND (NOT $bySource OR any(id IN r.sourceIds WHERE id IN admitted))
  AND (r.earliestStart IS NULL OR (r.earliestStart < $to AND (r.latestEnd IS NULL OR r.latestEnd > $from)
    AND (NOT $certain OR (r.earliestStart >= $from AND r.latestEnd IS NOT NULL AND r.latestEnd <= $to))))
