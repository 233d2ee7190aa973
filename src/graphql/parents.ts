import type { TimeClaim } from '../model/time-claims';
import type { StoredContradiction, StoredDerivation, TimeBasis } from '../model/derived-time';
import type { SourceScope } from '../model/source-scope';
import type { GraphEdge, GraphNode } from '../graph/shape';
import type {
  StoredActor,
  StoredEvent,
  StoredEventLink,
  StoredLinkEvidence,
  StoredEvidence,
  StoredParticipation,
  StoredRelationship,
  StoredRole,
  StoredSource,
  StoredStatement,
} from '../model/stored';
import type { AnchorBounds, StoredPath } from '../db/queries';
import type { SearchMatch } from '../search/matches';
import type { TimeSpanShape } from './shapes';

/**
 * What each GraphQL object type's resolvers receive as their parent: the codegen mappers
 * (package.json "codegen"), so the generated resolver types know our rows, not the SDL's shapes.
 */

/**
 * What an answer was asked to keep to (`sources`, `sourceKinds`, `asOf` on a top-level field): every
 * list nested under it applies the same scope, so "according to the article" holds all the way down.
 */
export interface AskedSources {
  askedSources?: SourceScope | null;
}

export type EventParent = StoredEvent & AskedSources;
export type StatementParent = StoredStatement & AskedSources;
export type SourceParent = StoredSource;
export type EvidenceParent = StoredEvidence;
export type ParticipationParent = StoredParticipation;
export type EventLinkParent = StoredEventLink;
export type RoleParent = StoredRole;
export type RelationshipParent = StoredRelationship;
export type TimeSpanParent = TimeSpanShape;
export type TimeClaimParent = TimeClaim;
export type TimeDerivationParent = StoredDerivation;
export type TimeContradictionParent = StoredContradiction;
export type GraphNodeParent = GraphNode;
export type GraphEdgeParent = GraphEdge;

/** An actor, with the scope that `actor(asOf:, sources:, sourceKinds:)` was asked with. */
export type ActorParent = StoredActor & AskedSources;

export interface EdgeParent<Node> {
  cursor: string;
  node: Node;
  /** In a time-ordered list: whether this item certainly comes no earlier than the one before it. */
  orderCertainty?: 'CERTAIN' | 'POSSIBLE';
  orderNote?: string;
}

export interface PageInfoParent {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface ConnectionParent<Node> {
  edges: Array<EdgeParent<Node>>;
  pageInfo: PageInfoParent;
  totalCount: number | null;
}

export type EventConnectionParent = ConnectionParent<EventParent>;
export type StatementConnectionParent = ConnectionParent<StatementParent>;

/** An event placed relative to the anchor of `around`, with the anchor's bounds for its relation. */
export type AroundEventParent = EventParent & { anchorBounds: AnchorBounds; basis: TimeBasis };
export type TimeRelationConnectionParent = ConnectionParent<AroundEventParent>;
export type TimeRelationEdgeParent = EdgeParent<AroundEventParent>;

export interface CausalLinkParent {
  type: string;
  depth: number;
  cause: EventParent;
  effect: EventParent;
  evidence: StoredLinkEvidence;
}

/** A link read cause → effect (Event.causeLinks, effectLinks). */
export interface CauseLinkParent {
  kind: string;
  cause: EventParent;
  effect: EventParent;
  evidence: StoredLinkEvidence;
}

export interface CausalChainParent {
  event: EventParent;
  direction: 'CAUSES' | 'CONSEQUENCES';
  links: CausalLinkParent[];
  events: EventParent[];
}

export interface PathParent {
  length: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  timeRespecting: boolean;
  cost: number;
}

export interface GraphParent {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** Anything with a global id, tagged with its GraphQL type for `Node.__resolveType`. */
export type NodeParent =
  | (EventParent & { __typename: 'Event' })
  | (ActorParent & { __typename: 'Actor' })
  | (StatementParent & { __typename: 'Statement' })
  | (SourceParent & { __typename: 'Source' });

export interface SearchEdgeParent {
  cursor: string;
  score: number;
  node: NodeParent;
  /** Which fields hold the searched words (computed with the hit: no query). */
  matches: SearchMatch[];
}

export type SearchConnectionParent = Omit<ConnectionParent<never>, 'edges'> & {
  edges: SearchEdgeParent[];
};

export type { StoredPath };
