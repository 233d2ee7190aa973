// event-basis: binds `b`, the time of the event `e` on the basis $basis: 'BEST' (every claim not in
// conflict, tightened by every link: the derived* properties) or 'ARTICLE' (the article's own claims and
// the links it states: article*, null when the article does not date the event). Every time-ordered
// event query filters and orders on `b`, never on the stated bounds.
WITH *, CASE WHEN $basis = 'ARTICLE'
  THEN {start: e.articleStart, earliestStart: e.articleEarliestStart, latestStart: e.articleLatestStart,
    earliestEnd: e.articleEarliestEnd, latestEnd: e.articleLatestEnd, depth: e.articleOrderDepth,
    after: coalesce(e.articleOrderAfter, [])}
  ELSE {start: e.derivedStart, earliestStart: e.derivedEarliestStart, latestStart: e.derivedLatestStart,
    earliestEnd: e.derivedEarliestEnd, latestEnd: e.derivedLatestEnd, depth: e.orderDepth,
    after: coalesce(e.orderAfter, [])}
  END AS b
