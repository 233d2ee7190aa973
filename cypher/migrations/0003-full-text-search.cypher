// Full-text search (Query.search). The `english` analyzer (Lucene's EnglishAnalyzer: possessives,
// stop words, Porter stemming) so "tariffs" finds "tariff" and "Xi's" finds "Xi"; one analyzer for all
// three indexes so their scores are alike. List properties (aliases, metonyms) are indexed element by
// element. Source.text (the whole article) is left out on purpose: it would match nearly every word.
CREATE FULLTEXT INDEX search_entities IF NOT EXISTS
FOR (n:Actor|Event|Statement)
ON EACH [n.name, n.aliases, n.metonyms, n.description, n.title, n.text, n.speakerTitle]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };
CREATE FULLTEXT INDEX search_sources IF NOT EXISTS
FOR (n:Source) ON EACH [n.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };
// Office titles live on the HELD_ROLE relationship; a hit counts for the holder.
CREATE FULLTEXT INDEX search_role_titles IF NOT EXISTS
FOR ()-[r:HELD_ROLE]-() ON EACH [r.title]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'english' } };
