// slice-from: where the seek of `slice` (src/model/span-classes.ts sliceFrom) starts for the window from
// `windowFrom`: `days` before it, so an event of that class that overlaps the window is read (any time
// for the open-ended class, from $openPast). With $certain no earlier than $from, since an event
// certainly in the window starts in it (timeline-filter): a slice of the window, not of the span before.
CASE WHEN slice.days < 0 THEN CASE WHEN $certain THEN $from ELSE $openPast END
  WHEN $certain AND $from > windowFrom - duration({days: slice.days}) THEN $from
  ELSE windowFrom - duration({days: slice.days}) END
