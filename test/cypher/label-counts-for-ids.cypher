// label-counts-for-ids: how many of the nodes with these ids carry each label.
// Parameters: $ids. Columns: label, count.
MATCH (n) WHERE n.id IN $ids
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
