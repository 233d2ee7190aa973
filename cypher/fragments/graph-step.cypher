// graph-step: the relationship `r` and the node `n` one undirected step from `m` in a neighbourhood:
// only relationships of $types, with $bySource only those the `admitted` sources state (fragment
// admitted-sources), only live actors, events and statements (retracted ones keep their
// relationships), with $factsOnly no event whose status is not in $factStatuses, and only nodes and
// dated relationships in the window ($from, $to, $certain; timeless actors and relationships always
// are). `centre` is exempt from the node filters, whatever its time and status.
MATCH (m)-[r WHERE type(r) IN $types AND (NOT $bySource OR any(id IN r.sourceIds WHERE id IN admitted))
    AND (r.earliestStart IS NULL OR (r.earliestStart < $to AND (r.latestEnd IS NULL OR r.latestEnd > $from)
      AND (NOT $certain OR (r.earliestStart >= $from AND r.latestEnd IS NOT NULL AND r.latestEnd <= $to))))]-(n:Actor|Event|Statement WHERE n = centre
    OR ((n.earliestStart IS NULL OR (n.earliestStart < $to AND (n.latestEnd IS NULL OR n.latestEnd > $from)
      AND (NOT $certain OR (n.earliestStart >= $from AND n.latestEnd IS NOT NULL AND n.latestEnd <= $to))))
      AND (NOT $factsOnly OR n.status IS NULL OR n.status IN $factStatuses)))
