// ingest-check-references: before a document is written, the ids it refers to without declaring them
// that are not in the database, declared actors whose kind differs from the stored one, and which
// declared ids are stored already (live; a retracted fact does not count).
// Parameters: $actorIds, $eventIds (lists of ids), $actors (list of {id, kind}), $declared
// ({sources, actors, events, statements}: lists of the ids the document declares).
// Columns: missingActors, missingEvents, kindConflicts ({id, stored, declared}), alreadyStored (ids).
RETURN
  [id IN $actorIds WHERE NOT EXISTS { MATCH (:Actor {id: id}) }] AS missingActors,
  [id IN $eventIds WHERE NOT EXISTS { MATCH (:Event {id: id}) }] AS missingEvents,
  COLLECT {
    UNWIND $actors AS declared
    MATCH (stored:Actor {id: declared.id})
    WHERE stored.kind <> declared.kind
    RETURN {id: declared.id, stored: stored.kind, declared: declared.kind}
  } AS kindConflicts,
  [id IN $declared.sources WHERE EXISTS { MATCH (:Source {id: id}) }]
    + [id IN $declared.actors WHERE EXISTS { MATCH (:Actor {id: id}) }]
    + [id IN $declared.events WHERE EXISTS { MATCH (:Event {id: id}) }]
    + [id IN $declared.statements WHERE EXISTS { MATCH (:Statement {id: id}) }] AS alreadyStored
