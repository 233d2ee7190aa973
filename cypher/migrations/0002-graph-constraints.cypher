// Stable ids are the merge keys of every ingest, and the lookups of every API query.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
// Timeline windows compare these bounds: range indexes make them index seeks.
CREATE RANGE INDEX event_earliest_start IF NOT EXISTS FOR (n:Event) ON (n.earliestStart);
CREATE RANGE INDEX event_latest_end IF NOT EXISTS FOR (n:Event) ON (n.latestEnd);
CREATE RANGE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.start);
CREATE RANGE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE RANGE INDEX statement_said_earliest IF NOT EXISTS FOR (n:Statement) ON (n.earliestStart);
CREATE RANGE INDEX source_available_at IF NOT EXISTS FOR (n:Source) ON (n.availableAt);
CREATE RANGE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind);
