// home-database: the name of the user's home database (read from the result summary, not a column).
// Parameters: none. Columns: ok.
RETURN 1 AS ok
