// index-names: every index in the database with its state.
// Parameters: none. Columns: name, state.
SHOW INDEXES YIELD name, state
RETURN name, state
ORDER BY name
