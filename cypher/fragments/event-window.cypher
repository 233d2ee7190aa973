// event-window: binds `e` to the live events that start before $to on the basis $basis, one branch per
// basis so each is a seek on its own range index (Event.derivedEarliestStart, Event.articleEarliestStart);
// the branch of the other basis is cut by its parameter test before it reads anything.
CALL () {
  MATCH (e:Event) WHERE $basis = 'BEST' AND e.derivedEarliestStart < $to RETURN e
  UNION ALL
  MATCH (e:Event) WHERE $basis = 'ARTICLE' AND e.articleEarliestStart < $to RETURN e
}
