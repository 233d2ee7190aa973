// A window seeks each span class between two bounds (src/model/span-classes.ts): composite range
// indexes on the class and the earliest start of each basis serve those seeks.
CREATE RANGE INDEX event_derived_span_start IF NOT EXISTS FOR (n:Event) ON (n.derivedSpanClass, n.derivedEarliestStart);
CREATE RANGE INDEX event_article_span_start IF NOT EXISTS FOR (n:Event) ON (n.articleSpanClass, n.articleEarliestStart);
