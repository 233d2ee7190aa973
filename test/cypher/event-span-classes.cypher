// event-span-classes: each event whose id contains $token, with both bases' earliest starts, latest ends
// and span classes as stored.
// Parameters: $token. Columns: id, derivedEarliestStart, derivedLatestEnd, derivedSpanClass,
// articleEarliestStart, articleLatestEnd, articleSpanClass.
MATCH (e:Event) WHERE e.id CONTAINS $token
RETURN e.id AS id, e.derivedEarliestStart AS derivedEarliestStart, e.derivedLatestEnd AS derivedLatestEnd,
  e.derivedSpanClass AS derivedSpanClass, e.articleEarliestStart AS articleEarliestStart,
  e.articleLatestEnd AS articleLatestEnd, e.articleSpanClass AS articleSpanClass
ORDER BY id
