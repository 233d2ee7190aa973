// statement-filter: the WHERE clause of the statements query, on the statement bound to `st` and its
// `scope`. The first line is a range predicate on Statement.earliestStart, so windows are index seeks. With
// $speakerVoices, only statements whose speaker has one of those voices (fragment speaker-voices). An
// empty list, '' or a switch off means no filter (parameters keep one type, so Neo4j plans it once).
WHERE st.earliestStart < $to
  AND (st.latestEnd IS NULL OR st.latestEnd > $from)
  AND (NOT $certain OR (st.earliestStart >= $from AND st.latestEnd IS NOT NULL AND st.latestEnd <= $to))
  AND ($text = '' OR toLower(st.text) CONTAINS $text)
  AND (size(scope.speakers) = 0 OR EXISTS { MATCH (a:Actor)-[:SAID]->(st) WHERE a.id IN scope.speakers })
  // With $aboutParts, a statement about an event within one asked (to 5 levels) counts as about it.
  AND (size(scope.about) = 0 OR EXISTS { MATCH (st)-[:ABOUT]->(n) WHERE (n:Actor OR n:Event) AND n.id IN scope.about }
    OR ($aboutParts AND EXISTS { MATCH (st)-[:ABOUT]->(:Event)-[:PART_OF]->{1,5}(whole:Event) WHERE whole.id IN scope.about }))
  AND (size($speakerVoices) = 0 OR EXISTS { MATCH (a:Actor)-[:SAID]->(st)
    WITH
      // @include speaker-voices
      AS voices
    WHERE any(voice IN voices WHERE voice IN $speakerVoices) OR (size(voices) = 0 AND 'OTHER' IN $speakerVoices) })
  AND (NOT $bySource OR EXISTS { MATCH (st)-[:SUPPORTED_BY {aspect: 'statement'}]->(s:Source) WHERE
    // @include source-admitted
  })
