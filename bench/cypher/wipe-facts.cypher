// wipe-facts: deletes every node but the migration records, in batches (a throwaway benchmark database
// between its two loads of the same sample). Columns: none.
MATCH (n)
WHERE NOT n:SchemaMigration
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 2000 ROWS
