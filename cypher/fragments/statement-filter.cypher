// statement-filter: the WHERE clause of the statements query, on the statement bound to `st` and its
// `scope`. The first line is a range predicate on Statement.earliestStart, so windows are index seeks.
WHERE st.earliestStart < $to
  AND (st.latestEnd IS NULL OR st.latestEnd > $from)
  AND (NOT $certain OR (st.earliestStart >= $from AND st.latestEnd IS NOT NULL AND st.latestEnd <= $to))
  AND ($text IS NULL OR toLower(st.text) CONTAINS $text)
  AND (scope.speakers IS NULL OR EXISTS { MATCH (a:Actor)-[:SAID]->(st) WHERE a.id IN scope.speakers })
  AND (scope.about IS NULL OR EXISTS { MATCH (st)-[:ABOUT]->(n) WHERE n.id IN scope.about })
  AND ($asOf IS NULL OR EXISTS { MATCH (st)-[:SUPPORTED_BY {aspect: 'statement'}]->(s:Source) WHERE s.availableAt <= $asOf })
