// migrations-applied: the schema migrations already applied to this database.
// Parameters: none. Columns: id, checksum.
MATCH (m:SchemaMigration)
RETURN m.id AS id, m.checksum AS checksum
ORDER BY id
