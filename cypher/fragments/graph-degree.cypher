// graph-degree: how many relationships of $types the node `n` has, counting with $bySource only those
// the `admitted` sources state (fragment admitted-sources). Without a source filter it adds one count per
// type the question follows, each answered from the node's degree store without reading a relationship,
// so a hub of thousands costs what a leaf does; with one, every relationship's sources must be read.
// Lists every type of src/graph/relationship-types.ts (a unit test holds it to that).
CASE WHEN $bySource
  THEN COUNT { (n)-[h]-() WHERE type(h) IN $types AND any(id IN h.sourceIds WHERE id IN admitted) }
  ELSE
      CASE WHEN 'PARTICIPATED_IN' IN $types THEN COUNT { (n)-[:PARTICIPATED_IN]-() } ELSE 0 END
    + CASE WHEN 'TOOK_PLACE_IN' IN $types THEN COUNT { (n)-[:TOOK_PLACE_IN]-() } ELSE 0 END
    + CASE WHEN 'AFFECTED' IN $types THEN COUNT { (n)-[:AFFECTED]-() } ELSE 0 END
    + CASE WHEN 'PART_OF' IN $types THEN COUNT { (n)-[:PART_OF]-() } ELSE 0 END
    + CASE WHEN 'CAUSED' IN $types THEN COUNT { (n)-[:CAUSED]-() } ELSE 0 END
    + CASE WHEN 'RETALIATION_FOR' IN $types THEN COUNT { (n)-[:RETALIATION_FOR]-() } ELSE 0 END
    + CASE WHEN 'RESPONSE_TO' IN $types THEN COUNT { (n)-[:RESPONSE_TO]-() } ELSE 0 END
    + CASE WHEN 'FOLLOWED_BY' IN $types THEN COUNT { (n)-[:FOLLOWED_BY]-() } ELSE 0 END
    + CASE WHEN 'ENDED_BY' IN $types THEN COUNT { (n)-[:ENDED_BY]-() } ELSE 0 END
    + CASE WHEN 'HELD_ROLE' IN $types THEN COUNT { (n)-[:HELD_ROLE]-() } ELSE 0 END
    + CASE WHEN 'GOVERNS' IN $types THEN COUNT { (n)-[:GOVERNS]-() } ELSE 0 END
    + CASE WHEN 'LOCATED_IN' IN $types THEN COUNT { (n)-[:LOCATED_IN]-() } ELSE 0 END
    + CASE WHEN 'MEMBER_OF' IN $types THEN COUNT { (n)-[:MEMBER_OF]-() } ELSE 0 END
    + CASE WHEN 'ALIGNED_WITH' IN $types THEN COUNT { (n)-[:ALIGNED_WITH]-() } ELSE 0 END
    + CASE WHEN 'METONYM_FOR' IN $types THEN COUNT { (n)-[:METONYM_FOR]-() } ELSE 0 END
    + CASE WHEN 'SAID' IN $types THEN COUNT { (n)-[:SAID]-() } ELSE 0 END
    + CASE WHEN 'SPOKE_FOR' IN $types THEN COUNT { (n)-[:SPOKE_FOR]-() } ELSE 0 END
    + CASE WHEN 'ABOUT' IN $types THEN COUNT { (n)-[:ABOUT]-() } ELSE 0 END
END
