// filter-read-events: union branches (each starts one) binding `e` to the events the filters' cheapest
// read names (fragment scope-degrees, `filterRead`), when `fromFilter`: the facts the named sources
// state, the events in the named places, or those affecting the named sectors. Every event the filters
// keep is among them; the filters after it decide.
    WITH filterRead WHERE fromFilter AND filterRead.read = 'SOURCES'
    MATCH (src:Source)<-[:SUPPORTED_BY {aspect: 'event'}]-(e:Event) WHERE src.id IN $sources
    RETURN DISTINCT e
    UNION ALL
    WITH filterRead WHERE fromFilter AND filterRead.read = 'PLACES'
    MATCH (p:Actor)<-[:TOOK_PLACE_IN]-(e:Event) WHERE p.id IN $places
    RETURN DISTINCT e
    UNION ALL
    WITH filterRead WHERE fromFilter AND filterRead.read = 'SECTORS'
    MATCH (sector:Actor)<-[:AFFECTED]-(e:Event) WHERE sector.id IN $sectors
    RETURN DISTINCT e
