// around-filter: more of the WHERE clause of a timeline page: the event `e` lies at $position relative
// to `anchor` (no condition when $position is 'NONE'), certainly ($certainly) or possibly, both on the chosen basis (`b` for the event, `ab` for
// the anchor). The rules read the stored bounds exactly as
// liesAt() in src/time/position.ts reads relate()'s possible Allen relations; an integration test checks
// that they agree. Endpoints are whole milliseconds, an interval lasts at least one ($tick), so the
// earliest an interval can end is the later of its earliestEnd and its earliestStart + $tick
// (`anchorEndLo` for the anchor, the inline CASE for `e`). A missing latestEnd is an open end.
  AND ($position = 'NONE' OR (e <> anchor
  // The stated links rule out what the dates alone allow (as relate()'s ties do in TypeScript): an event
  // the links put after the anchor is not before it, one they put before it is not after it, and a
  // state the other ended (ENDED_BY) only meets it: certainly before or after, never during or across.
  AND NOT ($position = 'BEFORE' AND anchor.id IN b.after)
  AND NOT ($position = 'AFTER' AND e.id IN ab.after)
  AND NOT ($position IN ['DURING', 'OVERLAPPING'] AND EXISTS {
    MATCH (e)-[r:ENDED_BY]-(anchor) WHERE $basis = 'BEST' OR NOT coalesce(r.outsideArticle, false) })
  // A part lies within its whole (BEST; on ARTICLE only start order and ENDED_BY count): neither is
  // before or after the other, and a part is certainly during its whole and across it.
  AND NOT ($position IN ['BEFORE', 'AFTER'] AND $basis = 'BEST' AND EXISTS { MATCH (e)-[:PART_OF]-(anchor) })
  AND (EXISTS { MATCH (e)-[r:ENDED_BY]->(anchor) WHERE $position = 'BEFORE' AND ($basis = 'BEST' OR NOT coalesce(r.outsideArticle, false)) }
    OR EXISTS { MATCH (anchor)-[r:ENDED_BY]->(e) WHERE $position = 'AFTER' AND ($basis = 'BEST' OR NOT coalesce(r.outsideArticle, false)) }
    OR CASE $position
    WHEN 'BEFORE' THEN
      CASE WHEN $certainly THEN b.latestEnd <= ab.earliestStart
      ELSE CASE WHEN b.earliestEnd > b.earliestStart THEN b.earliestEnd ELSE b.earliestStart + $tick END <= ab.latestStart
        AND (ab.latestEnd IS NULL
          OR CASE WHEN b.earliestEnd > b.earliestStart THEN b.earliestEnd ELSE b.earliestStart + $tick END + $tick <= ab.latestEnd) END
    WHEN 'AFTER' THEN
      CASE WHEN $certainly THEN ab.latestEnd <= b.earliestStart
      ELSE anchorEndLo <= b.latestStart AND (b.latestEnd IS NULL OR anchorEndLo + $tick <= b.latestEnd) END
    WHEN 'DURING' THEN
      // Certainly inside: it starts with or after the anchor (by its dates, or by the links) and ends first.
      CASE WHEN $certainly THEN ($basis = 'BEST' AND EXISTS { MATCH (e)-[:PART_OF]->(anchor) })
        OR ((b.earliestStart >= ab.latestStart OR anchor.id IN b.after) AND b.latestEnd <= anchorEndLo)
      ELSE b.latestStart >= ab.earliestStart
        AND (b.latestEnd IS NULL OR ab.earliestStart + $tick <= b.latestEnd)
        AND (ab.latestEnd IS NULL
          OR CASE WHEN b.earliestEnd > b.earliestStart THEN b.earliestEnd ELSE b.earliestStart + $tick END <= ab.latestEnd) END
    WHEN 'OVERLAPPING' THEN
      // Certainly across: it cannot lie wholly before (impossible, too, when the links start it after the
      // anchor) nor wholly after (impossible when they start it before).
      CASE WHEN $certainly THEN ($basis = 'BEST' AND EXISTS { MATCH (e)-[:PART_OF]-(anchor) })
        OR (anchor.id IN b.after OR NOT (
          CASE WHEN b.earliestEnd > b.earliestStart THEN b.earliestEnd ELSE b.earliestStart + $tick END <= ab.latestStart
          AND (ab.latestEnd IS NULL
            OR CASE WHEN b.earliestEnd > b.earliestStart THEN b.earliestEnd ELSE b.earliestStart + $tick END + $tick <= ab.latestEnd)))
        AND (e.id IN ab.after
          OR NOT (anchorEndLo <= b.latestStart AND (b.latestEnd IS NULL OR anchorEndLo + $tick <= b.latestEnd)))
      ELSE (ab.latestEnd IS NULL OR b.earliestStart < ab.latestEnd)
        AND (b.latestEnd IS NULL OR ab.earliestStart < b.latestEnd) END
  END)))
