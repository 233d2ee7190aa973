// migration-record: records that a migration file was applied, with the checksum of its text.
// Parameters: $id (file name without .cypher), $checksum (sha256 hex). Columns: none.
MERGE (m:SchemaMigration {id: $id})
ON CREATE SET m.checksum = $checksum, m.appliedAt = datetime()
