// large-collect: one transaction that holds a list of $size integers at once (about 16 bytes each on
// Neo4j's heap), to meet the transaction memory limits. Parameters: $size. Columns: size.
UNWIND range(1, $size) AS i
WITH collect(i) AS held
RETURN size(held) AS size
