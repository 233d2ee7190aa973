// A data step of its own (Neo4j writes no data in a transaction that changed the schema, 0008), in
// batches: one transaction over a large graph outgrows Neo4j's transaction memory. Events stored before
// span classes get theirs: the number of classes 0-16 whose length (2^k days) the time exceeds, 17 when
// open-ended, as src/model/span-classes.ts counts them, in milliseconds. Only missing ones are filled,
// so a run stopped part way is finished by the next start.
MATCH (e:Event) WHERE e.derivedEarliestStart IS NOT NULL AND e.derivedSpanClass IS NULL
CALL (e) {
  SET e.derivedSpanClass = CASE WHEN e.derivedLatestEnd IS NULL THEN 17 ELSE size([k IN range(0, 16)
    WHERE e.derivedLatestEnd.epochMillis - e.derivedEarliestStart.epochMillis > 86400000 * 2 ^ k]) END
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (e:Event) WHERE e.articleEarliestStart IS NOT NULL AND e.articleSpanClass IS NULL
CALL (e) {
  SET e.articleSpanClass = CASE WHEN e.articleLatestEnd IS NULL THEN 17 ELSE size([k IN range(0, 16)
    WHERE e.articleLatestEnd.epochMillis - e.articleEarliestStart.epochMillis > 86400000 * 2 ^ k]) END
} IN TRANSACTIONS OF 10000 ROWS;
