// anchor-neighbours: binds `e` to the events tied to `anchor` by ENDED_BY or PART_OF that lie outside the
// window [windowFrom, windowTo) on the basis: the links place them relative to the anchor (around-filter)
// whatever their dates, so they are candidates the window's seeks cannot find. Those inside the window
// are left to the seeks, so no event comes twice.
CALL (anchor, windowFrom, windowTo) {
  MATCH (anchor)-[:ENDED_BY|PART_OF]-(e:Event)
  // @include event-basis
  WITH DISTINCT e, b WHERE NOT (b.earliestStart < windowTo AND (b.latestEnd IS NULL OR b.latestEnd > windowFrom))
  RETURN e
}
