// drop-probe-index-good: drops the index the good migration fixture creates.
DROP INDEX migration_probe_good IF EXISTS
