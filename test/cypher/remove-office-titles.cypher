// remove-office-titles: takes officeTitles off the actors whose id contains $token, as actors stored
// before migration 0010 were.
// Parameters: $token. Columns: removed.
MATCH (a:Actor) WHERE a.id CONTAINS $token AND a.officeTitles IS NOT NULL
REMOVE a.officeTitles
RETURN count(a) AS removed
