// A fact several sources state keeps them all: every relationship stored with one `sourceId` gets the
// list `sourceIds` that source filters test, and every edge with evidence its source's rank (article 2,
// reference 1, teaser 0), so a later, lower-ranked source no longer replaces the article's words. A fact
// whose earlier sources were overwritten before this migration gets them back when they are ingested
// again. In batches (a large graph's relationships outgrow one transaction); only what is missing is
// filled, so a run stopped part way is finished by the next start.
MATCH ()-[r]->() WHERE r.sourceId IS NOT NULL AND r.sourceIds IS NULL AND NOT r:SUPPORTED_BY
CALL (r) {
  SET r.sourceIds = [r.sourceId]
} IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r]->() WHERE r.sourceId IS NOT NULL AND r.evidenceRank IS NULL
MATCH (s:Source {id: r.sourceId})
CALL (r, s) {
  SET r.evidenceRank = CASE s.kind WHEN 'ARTICLE' THEN 2 WHEN 'REFERENCE' THEN 1 ELSE 0 END
} IN TRANSACTIONS OF 10000 ROWS;
