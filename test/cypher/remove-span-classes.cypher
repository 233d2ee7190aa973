// remove-span-classes: takes the span classes off the events whose id contains $token, as events stored
// before migration 0009 were.
// Parameters: $token. Columns: removed.
MATCH (e:Event) WHERE e.id CONTAINS $token
REMOVE e.derivedSpanClass, e.articleSpanClass
RETURN count(e) AS removed
