// speaker-voices: the voices of the actor bound to `a` as a list (src/model/voices.ts voicesOf, from
// $subtypeVoices: subtype to voice): a person's from the bodies they hold roles in (a government or
// public body makes an OFFICIAL), any other actor's from itself. Empty when nothing says (OTHER).
CASE WHEN a.kind = 'PERSON'
  THEN COLLECT { MATCH (a)-[:HELD_ROLE]->(o:Actor)
    WITH CASE WHEN o.kind = 'GOVERNMENT' THEN 'GOVERNMENT' ELSE $subtypeVoices[toLower(coalesce(o.subtype, ''))] END AS voice
    WHERE voice IS NOT NULL
    RETURN DISTINCT CASE voice WHEN 'GOVERNMENT' THEN 'OFFICIAL' ELSE voice END }
  ELSE [voice IN [CASE WHEN a.kind = 'GOVERNMENT' THEN 'GOVERNMENT' ELSE $subtypeVoices[toLower(coalesce(a.subtype, ''))] END] WHERE voice IS NOT NULL]
END
