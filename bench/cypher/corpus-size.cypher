// corpus-size: how many live events the database holds. Columns: events.
MATCH (e:Event) RETURN count(e) AS events
