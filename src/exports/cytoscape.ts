import { iso, type GraphEdge, type GraphNode } from '../graph/shape';

type Data = Record<string, string | number | null>;

export interface CytoscapeElements {
  nodes: Array<{ data: Data; classes: string }>;
  edges: Array<{ data: Data; classes: string }>;
}

/** Leaves out empty values, so a style's `data(x)` mapper sees only what is there. */
const compact = (data: Data): Data =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null && value !== undefined));

/**
 * Nodes and edges as Cytoscape.js elements JSON (`cytoscape({ elements })` or `cy.add(elements)`):
 * `data.id`, `data.label` and, on edges, `data.source`/`data.target` as Cytoscape.js requires; `classes`
 * (kind and type in lower case, `actor person`, `event meeting`, `participated_in`) for style selectors.
 * `parent` is never set, so nothing is read as a compound node. An edge whose end is not among the nodes
 * is an error of the caller, not something to draw.
 */
export function toCytoscape(nodes: GraphNode[], edges: GraphEdge[]): CytoscapeElements {
  const ids = new Set(nodes.map((node) => node.id));
  const dangling = edges.find((edge) => !ids.has(edge.source) || !ids.has(edge.target));
  if (dangling) throw new Error(`edge ${dangling.id} ends outside the exported nodes`);
  return {
    nodes: nodes.map((node) => ({
      data: compact({
        id: node.id,
        label: node.label,
        kind: node.kind,
        type: node.type,
        subtype: node.subtype,
        status: node.status,
        distance: node.distance,
        time: node.props.timeLabel ?? null,
        earliestStart: iso(node.props.earliestStart),
        latestEnd: iso(node.props.latestEnd),
      }),
      classes: [node.kind, node.type].map((name) => name.toLowerCase()).join(' '),
    })),
    edges: edges.map((edge) => ({
      data: compact({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        label: edge.label,
        type: edge.type,
        role: edge.role,
        time: edge.props.timeLabel ?? null,
        sentence: edge.props.sentence ?? null,
      }),
      classes: edge.type.toLowerCase(),
    })),
  };
}
