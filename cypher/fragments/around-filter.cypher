// around-filter: more of the WHERE clause of the around query: the event `e` lies at $position relative
// to `anchor`, certainly ($certainly) or possibly. The rules read the stored bounds exactly as
// liesAt() in src/time/position.ts reads relate()'s possible Allen relations; an integration test checks
// that they agree. Endpoints are whole milliseconds, an interval lasts at least one ($tick), so the
// earliest an interval can end is the later of its earliestEnd and its earliestStart + $tick
// (`anchorEndLo` for the anchor, the inline CASE for `e`). A missing latestEnd is an open end.
  AND e <> anchor
  AND CASE $position
    WHEN 'BEFORE' THEN
      CASE WHEN $certainly THEN e.latestEnd <= anchor.earliestStart
      ELSE CASE WHEN e.earliestEnd > e.earliestStart THEN e.earliestEnd ELSE e.earliestStart + $tick END <= anchor.latestStart
        AND (anchor.latestEnd IS NULL
          OR CASE WHEN e.earliestEnd > e.earliestStart THEN e.earliestEnd ELSE e.earliestStart + $tick END + $tick <= anchor.latestEnd) END
    WHEN 'AFTER' THEN
      CASE WHEN $certainly THEN anchor.latestEnd <= e.earliestStart
      ELSE anchorEndLo <= e.latestStart AND (e.latestEnd IS NULL OR anchorEndLo + $tick <= e.latestEnd) END
    WHEN 'DURING' THEN
      CASE WHEN $certainly THEN e.earliestStart >= anchor.latestStart AND e.latestEnd <= anchorEndLo
      ELSE e.latestStart >= anchor.earliestStart
        AND (e.latestEnd IS NULL OR anchor.earliestStart + $tick <= e.latestEnd)
        AND (anchor.latestEnd IS NULL
          OR CASE WHEN e.earliestEnd > e.earliestStart THEN e.earliestEnd ELSE e.earliestStart + $tick END <= anchor.latestEnd) END
    WHEN 'OVERLAPPING' THEN
      CASE WHEN $certainly THEN NOT (
          CASE WHEN e.earliestEnd > e.earliestStart THEN e.earliestEnd ELSE e.earliestStart + $tick END <= anchor.latestStart
          AND (anchor.latestEnd IS NULL
            OR CASE WHEN e.earliestEnd > e.earliestStart THEN e.earliestEnd ELSE e.earliestStart + $tick END + $tick <= anchor.latestEnd))
        AND NOT (anchorEndLo <= e.latestStart AND (e.latestEnd IS NULL OR anchorEndLo + $tick <= e.latestEnd))
      ELSE (anchor.latestEnd IS NULL OR e.earliestStart < anchor.latestEnd)
        AND (e.latestEnd IS NULL OR anchor.earliestStart < e.latestEnd) END
  END
