// indexes-not-online: indexes still being built (a migration's new index over stored data) or failed.
// Parameters: none. Columns: name, state (POPULATING or FAILED), populationPercent.
SHOW INDEXES YIELD name, state, populationPercent WHERE state <> 'ONLINE'
RETURN name, state, populationPercent
ORDER BY name
