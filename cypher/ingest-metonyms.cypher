// ingest-metonyms: a place name used for an actor ("Ottawa" for the Government of Canada). The term is
// also kept on the actor, so searching for it finds what the text meant.
// Parameters: $rows [{term, place, standsFor, props}]. Columns: none.
UNWIND $rows AS row
MATCH (place:Actor {id: row.place}), (meant:Actor {id: row.standsFor})
MERGE (place)-[r:METONYM_FOR {term: row.term}]->(meant)
SET meant.metonyms = CASE WHEN row.term IN coalesce(meant.metonyms, []) THEN meant.metonyms
    ELSE coalesce(meant.metonyms, []) + row.term END
WITH r, row.props AS claim
// @include asserted-edge
