import type { DateTime } from 'luxon';
import type { StoredGraphEdge, StoredGraphNode } from '../model/stored';
import { storedTime } from '../model/stored-time';
import { isTimeRespecting } from './time-respecting';

export type GraphNodeKind = StoredGraphNode['graphKind'];

export interface GraphNode {
  id: string;
  kind: GraphNodeKind;
  label: string;
  type: string;
  subtype: string | null;
  status: string | null;
  /** Hops from the neighbourhood's centre, or the position along a path. */
  distance: number;
  /** The node's own properties, for its time and the full entity. */
  props: StoredGraphNode;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  label: string;
  role: string | null;
  props: StoredGraphEdge;
}

const STATEMENT_LABEL_LENGTH = 80;

/** A statement's words, shortened for a drawing: at most 80 characters, cut at a word with an ellipsis. */
export function shortLabel(text: string, length = STATEMENT_LABEL_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length - 1);
  const word = cut.lastIndexOf(' ');
  return `${(word > length / 2 ? cut.slice(0, word) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** A node map from cypher/fragments/graph-node-map.cypher as a drawable node. */
export function graphNodeFrom(props: StoredGraphNode, distance: number): GraphNode {
  const kind = props.graphKind;
  const label =
    kind === 'ACTOR'
      ? (props.name ?? props.id)
      : kind === 'EVENT'
        ? (props.title ?? props.id)
        : shortLabel(props.text ?? '');
  return {
    id: props.id,
    kind,
    label,
    // Actors and statements keep their kind in `kind`, events their type in `type`.
    type: (kind === 'EVENT' ? props.type : props.kind) ?? '',
    subtype: props.subtype ?? null,
    status: props.status ?? null,
    distance,
    props,
  };
}

const words = (type: string) => type.toLowerCase().replace(/_/g, ' ');

/** What an edge says, short enough to draw: `participated in (agent)`, `prime minister`, `part of`. */
export function edgeLabel(props: StoredGraphEdge): string {
  const type = props.type;
  if (type === 'PARTICIPATED_IN' && props.role) return `${words(type)} (${words(props.role)})`;
  if (type === 'HELD_ROLE' && props.title) return props.title;
  if (type === 'METONYM_FOR' && props.term) return `metonym for ("${props.term}")`;
  return words(type);
}

/**
 * A stable, readable edge id: `person:mark-carney-[PARTICIPATED_IN:AGENT]->event:carney-visit-to-china`.
 * The qualifier (a participation's role, a role's id, a metonym's term) tells parallel edges apart.
 */
export function edgeId(props: StoredGraphEdge): string {
  const qualifier = props.type === 'HELD_ROLE' ? props.id : (props.role ?? props.term);
  return `${props.source}-[${props.type}${qualifier ? `:${qualifier}` : ''}]->${props.target}`;
}

/** An edge map from cypher/fragments/graph-edge-map.cypher as a drawable edge. */
export function graphEdgeFrom(props: StoredGraphEdge): GraphEdge {
  return {
    id: edgeId(props),
    type: props.type,
    source: props.source,
    target: props.target,
    label: edgeLabel(props),
    role: props.type === 'PARTICIPATED_IN' ? (props.role ?? null) : null,
    props,
  };
}

/** A path row of cypher/graph-paths.cypher, in order from source to target. */
export function pathFrom(row: { nodes: StoredGraphNode[]; edges: StoredGraphEdge[]; cost: number }) {
  const nodes = row.nodes.map((props, position) => graphNodeFrom(props, position));
  return {
    length: row.edges.length,
    nodes,
    edges: row.edges.map(graphEdgeFrom),
    timeRespecting: isTimeRespecting(nodes.map((node) => storedTime(node.props))),
    cost: row.cost,
  };
}

/** The ISO form of a time bound for JSON exports. */
export const iso = (value: DateTime | null | undefined) => value?.toISO() ?? null;
