import { searchPaths } from '../../db/path-search';
import { queries } from '../../db/queries';
import { toCytoscape } from '../../exports/cytoscape';
import { graphEdgeFrom, graphNodeFrom, pathFrom, type GraphEdge, type GraphNode } from '../../graph/shape';
import type { GraphQLContext } from '../context';
import { notFound } from '../errors';
import { sourceScope } from '../arguments';
import { mustBeSources } from '../source-check';
import type { Resolvers } from '../generated/resolvers';
import { neighbourhoodParams, pathParams, type PathArgs } from '../graph-arguments';
import type { NodeParent } from '../parents';
import { evidenceFrom, timeSpanFrom } from '../shapes';

async function findPaths(args: PathArgs, context: GraphQLContext) {
  const params = pathParams(args);
  await mustBeSources(sourceScope(args), context);
  const row = await searchPaths(context.runner, params);
  if (!row?.sourceFound) throw notFound('actor, event or statement', params.source);
  if (!row.targetFound) throw notFound('actor, event or statement', params.target);
  return row.paths.map(pathFrom);
}

const withCytoscape = (graph: { nodes: GraphNode[]; edges: GraphEdge[] }) =>
  toCytoscape(graph.nodes, graph.edges);

/** A graph node's full entity, loaded by the loader of its kind. */
async function fullNode(node: GraphNode, { loaders }: GraphQLContext): Promise<NodeParent | null> {
  switch (node.kind) {
    case 'ACTOR': {
      const actor = await loaders.actor.load(node.id);
      return actor && { ...actor, __typename: 'Actor' };
    }
    case 'EVENT': {
      const event = await loaders.event.load(node.id);
      return event && { ...event, __typename: 'Event' };
    }
    case 'STATEMENT': {
      const statement = await loaders.statement.load(node.id);
      return statement && { ...statement, __typename: 'Statement' };
    }
  }
}

export const graphResolvers: Resolvers = {
  Query: {
    async shortestPath(_, args, context) {
      return (await findPaths({ ...args, k: 1 }, context))[0] ?? null;
    },
    paths: (_, args, context) => findPaths(args, context),
    async neighbourhood(_, args, context) {
      const params = neighbourhoodParams(args);
      await mustBeSources(sourceScope(args), context);
      const [row] = (await context.runner.read(queries.graphNeighbourhood, params)).rows;
      if (!row?.found) throw notFound('actor, event or statement', params.id);
      return {
        nodes: row.levels.flatMap((level, distance) => level.map((props) => graphNodeFrom(props, distance))),
        edges: row.edges.map(graphEdgeFrom),
        truncated: row.truncated,
      };
    },
  },
  Path: { cytoscape: withCytoscape },
  Graph: { cytoscape: withCytoscape },
  GraphNode: {
    time: (node) => timeSpanFrom(node.props),
    node: (node, _args, context) => fullNode(node, context),
  },
  GraphEdge: {
    time: (edge) => timeSpanFrom(edge.props),
    evidence(edge) {
      // `source` on an edge is its start node's id, not the evidence's source: leave it to the loader.
      // SPOKE_FOR and ABOUT carry only their statement's source id: the statement's sentence says them.
      const statement = edge.props.statementEvidence;
      if (statement) return evidenceFrom({ ...statement, sourceIds: edge.props.sourceIds });
      const { sourceId } = edge.props;
      return sourceId ? evidenceFrom({ ...edge.props, sourceId, source: undefined }) : null;
    },
  },
};
