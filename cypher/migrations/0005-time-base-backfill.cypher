// A data step of its own: Neo4j runs no writes in a transaction that changed the schema (0004).
// Events stored before time bases existed stay visible: their stated bounds stand as derived (nothing
// tightened yet), and as the article's when the article dated them itself. The next ingest that touches
// them derives both properly and stores their claims.
MATCH (e:Event) WHERE e.derivedEarliestStart IS NULL AND e.earliestStart IS NOT NULL
SET e.derivedStart = e.start, e.derivedEnd = e.end, e.derivedEarliestStart = e.earliestStart,
  e.derivedLatestStart = e.latestStart, e.derivedEarliestEnd = e.earliestEnd, e.derivedLatestEnd = e.latestEnd,
  e.orderDepth = 0, e.orderAfter = [], e.timeDerivations = '[]', e.timeContradictions = '[]';
MATCH (e:Event)-[:SUPPORTED_BY {aspect: 'event'}]->(:Source {kind: 'ARTICLE'})
WHERE e.articleEarliestStart IS NULL AND e.earliestStart IS NOT NULL AND NOT coalesce(e.timeOutsideArticle, false)
SET e.articleStart = e.start, e.articleEnd = e.end, e.articleEarliestStart = e.earliestStart,
  e.articleLatestStart = e.latestStart, e.articleEarliestEnd = e.earliestEnd, e.articleLatestEnd = e.latestEnd,
  e.articleOrderDepth = 0, e.articleOrderAfter = [], e.articleTimeDerivations = '[]';
