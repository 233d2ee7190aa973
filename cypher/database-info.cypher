// database-info: the Neo4j server's product components, for the `database` GraphQL field.
// The agent string and database name come from the result summary.
// Parameters: none. Columns: name, version, edition.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
