// statement-candidates: binds `st` to every statement of `scope` that can pass the filters (fragment
// statement-filter decides), by the cheapest read: its speakers' statements (SAID), those about its
// subjects (ABOUT, with $aboutParts also about their parts), or the named sources' statements
// ($sources with $bySource), whichever states fewest; else the window's seek on Statement.earliestStart.
// The filter tests every condition again, so each read finds every statement that passes. The seek is a
// half-line (earliestStart < $to): late in time or in an open window it reads most statements, so a
// subject's or speaker's statements are read first when they are at most $scopeFirstUpTo (the window's
// length sets it) or at most $scopeFirstShare of all statements.
CALL (scope) {
  WITH scope, COUNT { (:Statement) } AS statementCount,
    CASE WHEN size(scope.speakers) = 0 THEN null
      ELSE reduce(total = 0, n IN COLLECT { MATCH (a:Actor) WHERE a.id IN scope.speakers
        RETURN COUNT { (a)-[:SAID]->() } } | total + n) END AS speakerCost,
    CASE WHEN size(scope.about) = 0 THEN null
      ELSE reduce(total = 0, n IN COLLECT {
        MATCH (n:Actor) WHERE n.id IN scope.about RETURN COUNT { (n)<-[:ABOUT]-() } AS degree
        UNION ALL
        MATCH (n:Event) WHERE n.id IN scope.about RETURN COUNT { (n)<-[:ABOUT]-() } AS degree
        UNION ALL
        WITH scope WHERE $aboutParts
        MATCH (whole:Event)<-[:PART_OF]-{1,5}(part:Event) WHERE whole.id IN scope.about
        RETURN COUNT { (part)<-[:ABOUT]-() } AS degree
      } | total + n) END AS aboutCost,
    CASE WHEN NOT $bySource OR size($sources) = 0 THEN null
      ELSE reduce(total = 0, n IN COLLECT { MATCH (src:Source) WHERE src.id IN $sources
        RETURN COUNT { (src)<-[:SUPPORTED_BY]-() } } | total + n) END AS sourceCost
  WITH scope, statementCount, reduce(least = null, c IN [speakerCost, aboutCost, sourceCost] |
      CASE WHEN c IS NULL THEN least WHEN least IS NULL OR c < least THEN c ELSE least END) AS least,
    speakerCost, aboutCost, sourceCost
  WITH scope, CASE
      WHEN least IS NULL OR (least > $scopeFirstUpTo AND least > $scopeFirstShare * statementCount) THEN 'WINDOW'
      WHEN least = speakerCost THEN 'SPEAKERS'
      WHEN least = aboutCost THEN 'ABOUT'
      ELSE 'SOURCES' END AS readFrom
  CALL (scope, readFrom) {
    WITH scope WHERE readFrom = 'SPEAKERS'
    MATCH (a:Actor)-[:SAID]->(st:Statement) WHERE a.id IN scope.speakers
    RETURN DISTINCT st
    UNION ALL
    WITH scope WHERE readFrom = 'ABOUT'
    CALL (scope) {
      MATCH (n:Actor)<-[:ABOUT]-(st:Statement) WHERE n.id IN scope.about
      RETURN st
      UNION
      MATCH (n:Event)<-[:ABOUT]-(st:Statement) WHERE n.id IN scope.about
      RETURN st
      UNION
      WITH scope WHERE $aboutParts
      MATCH (whole:Event)<-[:PART_OF]-{1,5}(:Event)<-[:ABOUT]-(st:Statement) WHERE whole.id IN scope.about
      RETURN st
    }
    RETURN st
    UNION ALL
    WITH scope WHERE readFrom = 'SOURCES'
    MATCH (src:Source)<-[:SUPPORTED_BY {aspect: 'statement'}]-(st:Statement) WHERE src.id IN $sources
    RETURN DISTINCT st
    UNION ALL
    // Below a null bound when another read is chosen, which reads nothing (a test of readFrom in WHERE
    // is planned after the seek, so it would not stop it).
    MATCH (st:Statement) WHERE st.earliestStart < CASE WHEN readFrom = 'WINDOW' THEN $to END
    RETURN st
  }
  RETURN st
}
