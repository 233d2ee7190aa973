// graph-node-map: the actor, event or statement bound to `n` as a node of a drawn graph: all its own
// properties (time bounds flat) and graphKind ACTOR, EVENT or STATEMENT.
n {.*, graphKind: CASE WHEN n:Actor THEN 'ACTOR' WHEN n:Event THEN 'EVENT' ELSE 'STATEMENT' END}
