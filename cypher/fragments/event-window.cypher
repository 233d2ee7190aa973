// event-window: binds `e` to the live events that may overlap the window [windowFrom, windowTo) on the
// basis $basis, by one two-sided seek per span class (src/model/span-classes.ts): $slices [{spanClass,
// days}], the events of that class starting no earlier than `days` before windowFrom (any time when
// days < 0: the open-ended class, from $openPast) and before windowTo, on the composite range index of the
// basis's class and earliest start. One branch per basis; the other's seeks below a null bound, which
// reads nothing (a parameter test in WHERE is planned after the seek, so it would not stop it).
CALL (windowFrom, windowTo) {
  UNWIND $slices AS slice
  WITH slice, windowTo,
    // @include slice-from
    AS sliceFrom
  CALL (slice, sliceFrom, windowTo) {
    MATCH (e:Event) WHERE e.derivedSpanClass = slice.spanClass AND e.derivedEarliestStart >= sliceFrom
      AND e.derivedEarliestStart < CASE WHEN $basis = 'BEST' THEN windowTo END
    RETURN e
    UNION ALL
    MATCH (e:Event) WHERE e.articleSpanClass = slice.spanClass AND e.articleEarliestStart >= sliceFrom
      AND e.articleEarliestStart < CASE WHEN $basis = 'ARTICLE' THEN windowTo END
    RETURN e
  }
  RETURN e
}
