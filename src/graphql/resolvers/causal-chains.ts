import { listParam } from '../arguments';
import type { GraphQLContext } from '../context';
import { badInput, notFound } from '../errors';
import type { EntityMap } from '../loaders';
import { evidenceFrom } from '../shapes';

export const MAX_CHAIN_DEPTH = 5;

interface CausalChainArgs {
  event: string;
  direction: 'CAUSES' | 'CONSEQUENCES';
  depth: number;
  types: string[];
}

export const causalChainResolvers = {
  Query: {
    async causalChain(_: unknown, args: CausalChainArgs, { runner }: GraphQLContext) {
      if (!Number.isInteger(args.depth) || args.depth < 1 || args.depth > MAX_CHAIN_DEPTH) {
        throw badInput('depth', `must be a whole number from 1 to ${MAX_CHAIN_DEPTH}, got ${args.depth}`);
      }
      const upstream = args.direction === 'CAUSES';
      const { rows } = await runner.read('causal-chain', {
        event: args.event,
        upstream,
        depth: args.depth,
        types: listParam(args.types, 'types'),
      });
      const row = rows[0];
      if (!row?.event) throw notFound('event', args.event);
      const links = row.links as EntityMap[];
      const reached = new Map<string, EntityMap>();
      for (const link of links) {
        const far = (upstream ? link.cause : link.effect) as EntityMap;
        if (far.id !== args.event && !reached.has(far.id as string)) reached.set(far.id as string, far);
      }
      return { event: row.event, direction: args.direction, links, events: [...reached.values()] };
    },
  },
  CausalLink: {
    evidence: (link: EntityMap) => evidenceFrom(link.evidence as EntityMap),
  },
};
