import type { NeighbourhoodParams, PathParams } from '../db/queries';
import { GRAPH_RELATIONSHIP_TYPES } from '../graph/relationship-types';
import { FACT_STATUSES } from '../model/vocabulary';
import { rankingParams } from '../graph/path-ranking';
import { sourceParams, sourceScope, windowParams, type SourceArgs, type WindowArgs } from './arguments';
import { badInput } from './errors';
import type { InputMaybe, QueryNeighbourhoodArgs, QueryPathsArgs } from './generated/resolvers';

/**
 * The bounds that keep every graph question's work bounded. Two of them are also literals in Cypher,
 * where Neo4j 5 takes no parameter: the path pattern's {1,8} (MAX_HOPS) and SHORTEST 10 (MAX_PATHS).
 */
export const GRAPH_LIMITS = {
  MAX_HOPS: 8,
  MAX_PATHS: 10,
  MAX_DEPTH: 3,
  MAX_NODES: 500,
} as const;

interface GraphFilterArgs extends WindowArgs, SourceArgs {
  types?: InputMaybe<string[]>;
  factsOnly?: InputMaybe<boolean>;
}

/** shortestPath's arguments are paths' without `k`. */
export type PathArgs = Omit<QueryPathsArgs, 'k'> & { k?: InputMaybe<number> };

function wholeNumber(argument: string, value: number, max: number, limitName: string): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw badInput(argument, `must be a whole number from 1 to ${max} (${limitName}), got ${value}`);
  }
  return value;
}

/** The filters every graph question shares, checked, with the source scope asked. */
export function graphFilters(args: GraphFilterArgs) {
  if (args.types != null && args.types.length === 0) {
    throw badInput('types', 'an empty list matches nothing; leave it out to follow every relationship type');
  }
  const scope = sourceScope(args);
  return {
    scope,
    params: {
      types: args.types ?? [...GRAPH_RELATIONSHIP_TYPES],
      ...windowParams(args),
      factsOnly: args.factsOnly ?? false,
      factStatuses: [...FACT_STATUSES],
      ...sourceParams(scope),
    },
  };
}

/** The parameters of cypher/graph-paths.cypher, checked; `k` is 1 for the single shortest path. */
export function pathParams(args: PathArgs): PathParams {
  if (args.source === args.target) throw badInput('target', 'must differ from source');
  return {
    ...rankingParams(),
    source: args.source,
    target: args.target,
    maxHops: wholeNumber('maxHops', args.maxHops ?? 4, GRAPH_LIMITS.MAX_HOPS, 'the hop limit'),
    k: wholeNumber('k', args.k ?? 1, GRAPH_LIMITS.MAX_PATHS, 'the most paths one request returns'),
    timeRespecting: args.timeRespecting ?? false,
    ...graphFilters(args).params,
  };
}

/** The parameters of cypher/graph-neighbourhood.cypher, checked. */
export function neighbourhoodParams(args: QueryNeighbourhoodArgs): NeighbourhoodParams {
  return {
    id: args.id,
    depth: wholeNumber('depth', args.depth ?? 1, GRAPH_LIMITS.MAX_DEPTH, 'the depth limit'),
    limit: wholeNumber('limit', args.limit ?? 200, GRAPH_LIMITS.MAX_NODES, 'the node cap'),
    ...graphFilters(args).params,
  };
}
