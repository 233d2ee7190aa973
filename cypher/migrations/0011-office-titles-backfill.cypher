// A data step of its own (0010 changed the schema), in batches: actors stored before officeTitles get
// the distinct titles of the offices they held, as ingest-roles keeps them. Only missing ones are
// filled, so a run stopped part way is finished by the next start.
MATCH (a:Actor) WHERE a.officeTitles IS NULL AND EXISTS { (a)-[:HELD_ROLE]->() }
CALL (a) {
  SET a.officeTitles = COLLECT {
    MATCH (a)-[r:HELD_ROLE]->() WHERE r.title IS NOT NULL RETURN DISTINCT r.title AS title ORDER BY title
  }
} IN TRANSACTIONS OF 10000 ROWS;
