// Search reads one full-text index for actors, events and statements: an actor's office titles are on
// the actor itself (officeTitles, kept by ingest-roles), so each node is one hit with one Lucene score
// over all its fields. Search then streams its hits into a bounded top-k page instead of collecting
// every hit to add an actor's scores from two indexes (at 1M events "tariffs" outgrew the transaction
// memory). A new name, so the old index is dropped in the same transaction.
CREATE FULLTEXT INDEX search_nodes IF NOT EXISTS
FOR (n:Actor|Event|Statement)
ON EACH [n.name, n.aliases, n.metonyms, n.officeTitles, n.description, n.title, n.text, n.speakerTitle]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };
DROP INDEX search_entities IF EXISTS;
DROP INDEX search_role_titles IF EXISTS;
