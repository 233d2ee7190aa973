import { queries } from '../../db/queries';
import { listParam } from '../arguments';
import { badInput, notFound } from '../errors';
import type { Resolvers } from '../generated/resolvers';
import type { EventParent } from '../parents';
import { evidenceFrom } from '../shapes';

export const MAX_CHAIN_DEPTH = 5;

export const causalChainResolvers: Resolvers = {
  Query: {
    async causalChain(_, args, { runner }) {
      if (!Number.isInteger(args.depth) || args.depth < 1 || args.depth > MAX_CHAIN_DEPTH) {
        throw badInput('depth', `must be a whole number from 1 to ${MAX_CHAIN_DEPTH}, got ${args.depth}`);
      }
      const upstream = args.direction === 'CAUSES';
      const [row] = (
        await runner.read(queries.causalChain, {
          event: args.event,
          upstream,
          depth: args.depth,
          types: listParam(args.types, 'types'),
        })
      ).rows;
      if (!row?.event) throw notFound('event', args.event);
      const reached = new Map<string, EventParent>();
      for (const link of row.links) {
        const far = upstream ? link.cause : link.effect;
        if (far.id !== args.event && !reached.has(far.id)) reached.set(far.id, far);
      }
      return { event: row.event, direction: args.direction, links: row.links, events: [...reached.values()] };
    },
  },
  CausalLink: {
    evidence: (link) => evidenceFrom(link.evidence),
  },
};
