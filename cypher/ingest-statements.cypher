// ingest-statements: quotes and reported claims, with the speaker (SAID), whom they spoke for
// (SPOKE_FOR), what they are about (ABOUT: actors or events) and their evidence.
// Parameters: $rows [{id, props, speaker, affiliation, about, evidence, timeEvidence (a list)}]. Columns: none.
UNWIND $rows AS row
// @include statement-write
