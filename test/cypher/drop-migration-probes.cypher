// drop-migration-probes: removes what the migration fixtures create, so each test starts clean.
// Parameters: none. Columns: none.
MATCH (m:SchemaMigration) WHERE m.id IN ['0001-probe-index', '0002-half-broken']
DETACH DELETE m
