// ingest-check-references: before a document is written, the ids it refers to without declaring them
// that are not in the database, and declared actors whose kind differs from the stored one.
// Parameters: $actorIds, $eventIds (lists of ids), $actors (list of {id, kind}).
// Columns: missingActors, missingEvents, kindConflicts ({id, stored, declared}).
RETURN
  [id IN $actorIds WHERE NOT EXISTS { MATCH (:Actor {id: id}) }] AS missingActors,
  [id IN $eventIds WHERE NOT EXISTS { MATCH (:Event {id: id}) }] AS missingEvents,
  COLLECT {
    UNWIND $actors AS declared
    MATCH (stored:Actor {id: declared.id})
    WHERE stored.kind <> declared.kind
    RETURN {id: declared.id, stored: stored.kind, declared: declared.kind}
  } AS kindConflicts
