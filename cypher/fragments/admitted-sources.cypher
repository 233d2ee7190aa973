// admitted-sources: the ids of the sources that count in the asked scope (fragment source-admitted), as
// a list, for patterns that test a relationship's `sourceIds` where a subquery cannot go.
COLLECT { MATCH (s:Source) WHERE
  // @include source-admitted
  RETURN s.id }
