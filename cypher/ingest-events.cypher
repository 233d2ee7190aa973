// ingest-events: upserts events with their time bounds, their evidence (SUPPORTED_BY the source, with
// the sentence and its offsets), participants with roles, place, sectors and the event they are part of.
// Parameters: $rows [{id, props, evidence, timeEvidence (a list), place, partOf, sectors, participants}].
// Columns: none.
UNWIND $rows AS row
// @include event-write
