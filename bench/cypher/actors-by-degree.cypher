// actors-by-degree: the actor that took part in the most events, and the one with the fewest among those
// with at least $atLeast (a page's worth), for the busy and quiet actor timelines.
// Parameters: $atLeast. Columns: busy {id, events}, quiet {id, events}.
MATCH (a:Actor)
WITH a, COUNT { (a)-[:PARTICIPATED_IN]->(:Event) } AS events
WHERE events >= $atLeast
WITH collect({id: a.id, events: events}) AS actors
RETURN reduce(best = actors[0], x IN actors | CASE WHEN x.events > best.events THEN x ELSE best END) AS busy,
  reduce(least = actors[0], x IN actors | CASE WHEN x.events < least.events THEN x ELSE least END) AS quiet
