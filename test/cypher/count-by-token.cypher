// count-by-token: how many nodes have an id containing $token.
// Parameters: $token. Columns: count.
MATCH (n) WHERE n.id CONTAINS $token
RETURN count(n) AS count
