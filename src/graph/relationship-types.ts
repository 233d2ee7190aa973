import { ACTOR_RELATION_TYPES, EVENT_LINK_TYPES, keysOf } from '../model/vocabulary';

/**
 * The fact relationships a graph question may follow (docs/model.md). Provenance (SUPPORTED_BY,
 * MENTIONS) is never traversed: it shows as evidence on edges. The GraphQL enum GraphRelationType has
 * exactly these values; Cypher receives them as a parameter list, never in the query text.
 */
export const GRAPH_RELATIONSHIP_TYPES = [
  ...new Set([
    'PARTICIPATED_IN',
    'TOOK_PLACE_IN',
    'AFFECTED',
    'PART_OF',
    ...keysOf(EVENT_LINK_TYPES),
    'HELD_ROLE',
    ...keysOf(ACTOR_RELATION_TYPES),
    'METONYM_FOR',
    'SAID',
    'SPOKE_FOR',
    'ABOUT',
  ]),
] as const;

export type GraphRelationshipType = (typeof GRAPH_RELATIONSHIP_TYPES)[number];
