// Timeline windows, order and `around` read the tightened bounds of a basis (BEST: derived*, ARTICLE:
// article*), written by the time network at each ingest: range indexes serve them as they served the
// stated bounds.
CREATE RANGE INDEX event_derived_earliest_start IF NOT EXISTS FOR (n:Event) ON (n.derivedEarliestStart);
CREATE RANGE INDEX event_derived_latest_end IF NOT EXISTS FOR (n:Event) ON (n.derivedLatestEnd);
CREATE RANGE INDEX event_article_earliest_start IF NOT EXISTS FOR (n:Event) ON (n.articleEarliestStart);
CREATE RANGE INDEX event_article_latest_end IF NOT EXISTS FOR (n:Event) ON (n.articleLatestEnd);
