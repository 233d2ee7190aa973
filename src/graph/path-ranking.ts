import type { GraphRelationshipType } from './relationship-types';

/**
 * What a hop costs when equally short paths are ranked (lower first). A route that says something (who
 * took part, what caused what) beats one through a hub (a government that is in everything) or through
 * a statement (two people merely quoted on the same subject). Paths are ranked by length first; the
 * cost only orders paths of equal length, and ids break what the cost leaves tied, so the answer is
 * stable. cypher/graph-paths.cypher sums these from the parameters: the weights live here only.
 */
export const EDGE_COSTS: Record<GraphRelationshipType, number> = {
  PARTICIPATED_IN: 0,
  CAUSED: 0,
  RETALIATION_FOR: 0,
  RESPONSE_TO: 0,
  FOLLOWED_BY: 0.5,
  ENDED_BY: 0,
  PART_OF: 0.5,
  HELD_ROLE: 0.5,
  TOOK_PLACE_IN: 1,
  AFFECTED: 1,
  GOVERNS: 1,
  LOCATED_IN: 1.5,
  MEMBER_OF: 1,
  ALIGNED_WITH: 1,
  METONYM_FOR: 1.5,
  SAID: 1.5,
  SPOKE_FOR: 1.5,
  ABOUT: 2,
};

/** Each node inside a path (not its ends) costs this much per natural log of its degree. */
export const HUB_COST_PER_LOG_DEGREE = 1;

/** A statement inside a path costs this much on top of its edges: quoting is not acting. */
export const STATEMENT_NODE_COST = 1;

/** An event inside a path that is not a fact (planned, forecast, hoped, denied) costs this much more. */
export const NOT_FACT_COST = 1;

/** The cost of a route from what each hop and inner node is; the same sum the query computes. */
export function routeCost(
  edgeTypes: GraphRelationshipType[],
  innerNodes: Array<{ degree: number; isStatement: boolean; isFact?: boolean }>,
): number {
  const edges = edgeTypes.reduce((sum, type) => sum + (EDGE_COSTS[type] ?? 1), 0);
  return innerNodes.reduce(
    (sum, node) =>
      sum +
      HUB_COST_PER_LOG_DEGREE * Math.log(Math.max(node.degree, 1)) +
      (node.isStatement ? STATEMENT_NODE_COST : 0) +
      (node.isFact === false ? NOT_FACT_COST : 0),
    edges,
  );
}

/** The ranking's weights as query parameters (fixed types: a map of floats and floats). */
export const rankingParams = () => ({
  edgeCosts: EDGE_COSTS,
  hubCost: HUB_COST_PER_LOG_DEGREE,
  statementCost: STATEMENT_NODE_COST,
  notFactCost: NOT_FACT_COST,
});
