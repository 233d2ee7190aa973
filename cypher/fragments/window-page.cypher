// window-page: binds `e` to the first $limit events of each span class's seek (as event-window) that pass
// the page's filters (fragment page-filter), in the page's key order on the basis: the composite index
// gives the order (class, earliest start), so each seek stops after its page instead of reading the whole
// window and sorting it. The caller merges the slices' pages and cuts the page. One branch per basis and
// direction (an index order is written, not computed); the others seek below a null bound, which reads
// nothing (a parameter test in WHERE is planned after the seek, so it would not stop it).
CALL (scope, anchor, ab, anchorEndLo, windowFrom, windowTo) {
  UNWIND $slices AS slice
  WITH scope, anchor, ab, anchorEndLo, slice, windowTo,
    // @include slice-from
    AS sliceFrom
  CALL (scope, anchor, ab, anchorEndLo, slice, sliceFrom, windowTo) {
    MATCH (e:Event) WHERE e.derivedSpanClass = slice.spanClass AND e.derivedEarliestStart >= sliceFrom
      AND e.derivedEarliestStart < CASE WHEN $basis = 'BEST' AND NOT $backward THEN windowTo END
    // @include event-basis
    // @include page-filter
    WITH e ORDER BY e.derivedSpanClass, e.derivedEarliestStart, e.orderDepth, e.id LIMIT toInteger($limit)
    RETURN e
    UNION ALL
    MATCH (e:Event) WHERE e.derivedSpanClass = slice.spanClass AND e.derivedEarliestStart >= sliceFrom
      AND e.derivedEarliestStart < CASE WHEN $basis = 'BEST' AND $backward THEN windowTo END
    // @include event-basis
    // @include page-filter
    WITH e ORDER BY e.derivedSpanClass DESC, e.derivedEarliestStart DESC, e.orderDepth DESC, e.id DESC
      LIMIT toInteger($limit)
    RETURN e
    UNION ALL
    MATCH (e:Event) WHERE e.articleSpanClass = slice.spanClass AND e.articleEarliestStart >= sliceFrom
      AND e.articleEarliestStart < CASE WHEN $basis = 'ARTICLE' AND NOT $backward THEN windowTo END
    // @include event-basis
    // @include page-filter
    WITH e ORDER BY e.articleSpanClass, e.articleEarliestStart, e.articleOrderDepth, e.id LIMIT toInteger($limit)
    RETURN e
    UNION ALL
    MATCH (e:Event) WHERE e.articleSpanClass = slice.spanClass AND e.articleEarliestStart >= sliceFrom
      AND e.articleEarliestStart < CASE WHEN $basis = 'ARTICLE' AND $backward THEN windowTo END
    // @include event-basis
    // @include page-filter
    WITH e ORDER BY e.articleSpanClass DESC, e.articleEarliestStart DESC, e.articleOrderDepth DESC, e.id DESC
      LIMIT toInteger($limit)
    RETURN e
  }
  RETURN e
}
