// event-window: binds `e` to the live events that may overlap the window on the basis $basis, by one
// two-sided seek per span class (src/model/span-classes.ts): $slices [{spanClass, after}], the events of
// that class starting from `after` and before $to, on the composite range index of the basis's class
// and earliest start. One branch per basis; the other's is cut by its parameter test before it reads.
CALL () {
  UNWIND $slices AS slice
  CALL (slice) {
    MATCH (e:Event) WHERE $basis = 'BEST' AND e.derivedSpanClass = slice.spanClass
      AND e.derivedEarliestStart >= slice.after AND e.derivedEarliestStart < $to
    RETURN e
    UNION ALL
    MATCH (e:Event) WHERE $basis = 'ARTICLE' AND e.articleSpanClass = slice.spanClass
      AND e.articleEarliestStart >= slice.after AND e.articleEarliestStart < $to
    RETURN e
  }
  RETURN e
}
