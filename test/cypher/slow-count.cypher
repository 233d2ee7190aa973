// slow-count: a deliberately long query (tens of millions of rows), for the transaction timeout test.
// Parameters: none. Columns: count.
UNWIND range(1, 200000000) AS x
WITH x WHERE x % 7 = 100
RETURN count(x) AS count
