import {
  neighbourhoodParams,
  pathParams,
  type NeighbourhoodArgs,
  type PathArgs,
} from '../../graph/arguments';
import { toCytoscape } from '../../graph/cytoscape';
import { graphEdgeFrom, graphNodeFrom, pathFrom, type GraphEdge, type GraphNode } from '../../graph/shape';
import type { GraphQLContext } from '../context';
import { notFound } from '../errors';
import type { EntityMap } from '../loaders';
import { evidenceFrom, timeSpanFrom } from '../shapes';

/** Where each kind of graph node is loaded in full, and its GraphQL type. */
const FULL_NODE = {
  ACTOR: { loader: 'actor', typename: 'Actor' },
  EVENT: { loader: 'event', typename: 'Event' },
  STATEMENT: { loader: 'statement', typename: 'Statement' },
} as const;

type PathRow = { nodes: EntityMap[]; edges: EntityMap[] };

async function findPaths(args: PathArgs, k: number | null | undefined, { runner }: GraphQLContext) {
  const params = pathParams({ ...args, k });
  const { rows } = await runner.read('graph-paths', params);
  const row = rows[0] ?? {};
  if (!row.sourceFound) throw notFound('actor, event or statement', params.source);
  if (!row.targetFound) throw notFound('actor, event or statement', params.target);
  return (row.paths as PathRow[]).map(pathFrom);
}

const withCytoscape = (graph: { nodes: GraphNode[]; edges: GraphEdge[] }) =>
  toCytoscape(graph.nodes, graph.edges);

export const graphResolvers = {
  Query: {
    async shortestPath(_: unknown, args: PathArgs, context: GraphQLContext) {
      return (await findPaths(args, 1, context))[0] ?? null;
    },
    paths: (_: unknown, args: PathArgs & { k?: number | null }, context: GraphQLContext) =>
      findPaths(args, args.k, context),
    async neighbourhood(_: unknown, args: NeighbourhoodArgs, { runner }: GraphQLContext) {
      const params = neighbourhoodParams(args);
      const { rows } = await runner.read('graph-neighbourhood', params);
      const row = rows[0] ?? {};
      if (!row.found) throw notFound('actor, event or statement', params.id);
      return {
        nodes: (row.levels as EntityMap[][]).flatMap((level, distance) =>
          level.map((props) => graphNodeFrom(props, distance)),
        ),
        edges: (row.edges as EntityMap[]).map(graphEdgeFrom),
        truncated: row.truncated as boolean,
      };
    },
  },
  Path: { cytoscape: withCytoscape },
  Graph: { cytoscape: withCytoscape },
  GraphNode: {
    time: (node: GraphNode) => timeSpanFrom(node.props),
    async node(node: GraphNode, _args: unknown, { loaders }: GraphQLContext) {
      const { loader, typename } = FULL_NODE[node.kind];
      const full = await loaders[loader].load(node.id);
      return full && { ...full, __typename: typename };
    },
  },
  GraphEdge: {
    time: (edge: GraphEdge) => timeSpanFrom(edge.props),
    evidence(edge: GraphEdge) {
      // `source` on an edge is its start node's id, not the evidence's source: leave it to the loader.
      if (edge.props.sourceId) return evidenceFrom({ ...edge.props, source: undefined });
      const statement = edge.props.statementEvidence as EntityMap | null | undefined;
      return statement ? evidenceFrom(statement) : null;
    },
  },
};
