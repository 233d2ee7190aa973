// drop-probe-index-half: drops the index the broken migration fixture would create.
DROP INDEX migration_probe_half IF EXISTS
