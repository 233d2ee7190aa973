// time-contradictions: every contradiction the time network stored on live events (JSON lists, written
// by time-network-write), for Query.timeContradictions.
// Parameters: none. Columns: contradictions (JSON strings, one list per event that has any).
MATCH (e:Event)
WHERE e.timeContradictions IS NOT NULL AND e.timeContradictions <> '[]'
WITH e ORDER BY e.id
RETURN collect(e.timeContradictions) AS contradictions
