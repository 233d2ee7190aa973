import { withoutUnfetched } from '../../model/stored';
import { eventFetchAt } from '../event-fetch';
import { queries } from '../../db/queries';
import { listParam, sourceParams, sourceScope } from '../arguments';
import { mustBeSources } from '../source-check';
import { badInput, notFound } from '../errors';
import type { Resolvers } from '../generated/resolvers';
import type { CausalLinkParent, EventParent } from '../parents';
import { linkWordsResolvers, readingOf } from '../link-words';
import { evidenceFrom } from '../shapes';

export const MAX_CHAIN_DEPTH = 5;

export const causalChainResolvers: Resolvers = {
  Query: {
    async causalChain(_, args, context, info) {
      const askedSources = sourceScope(args);
      if (!Number.isInteger(args.depth) || args.depth < 1 || args.depth > MAX_CHAIN_DEPTH) {
        throw badInput('depth', `must be a whole number from 1 to ${MAX_CHAIN_DEPTH}, got ${args.depth}`);
      }
      const upstream = args.direction === 'CAUSES';
      await mustBeSources(askedSources, context);
      const [row] = (
        await context.runner.read(queries.causalChain, {
          ...sourceParams(askedSources),
          event: args.event,
          upstream,
          depth: args.depth,
          types: listParam(args.types, 'types'),
          modalities: listParam(args.modalities, 'modalities'),
          // Only the chain's own event is a full map; the events along it are stubs.
          fetch: eventFetchAt(info, [['event']]),
        })
      ).rows;
      if (!row?.event) throw notFound('event', args.event);
      // Every event of the answer is read in the scope asked, as the links were.
      const scoped = (event: EventParent): EventParent => ({ ...event, askedSources });
      const links = row.links.map((link) => ({
        ...link,
        cause: scoped(link.cause),
        effect: scoped(link.effect),
      }));
      const reached = new Map<string, EventParent>();
      for (const link of links) {
        const far = upstream ? link.cause : link.effect;
        if (far.id !== args.event && !reached.has(far.id)) reached.set(far.id, far);
      }
      return {
        event: scoped(withoutUnfetched(row.event)),
        direction: args.direction,
        links,
        events: [...reached.values()],
      };
    },
  },
  CausalLink: {
    ...linkWordsResolvers<CausalLinkParent>((link) => link.evidence),
    reading: (link) => readingOf(link.type, link.cause, link.effect, link.evidence),
    evidence: (link) => evidenceFrom(link.evidence),
  },
};
