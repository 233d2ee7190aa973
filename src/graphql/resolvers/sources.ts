import type { GraphQLContext } from '../context';
import { fromParentOrLoad, type EntityMap } from '../loaders';

export const sourceResolvers = {
  Source: {
    text: fromParentOrLoad('source', 'text'),
  },
  Evidence: {
    source: (evidence: EntityMap, _args: unknown, { loaders }: GraphQLContext) =>
      evidence.source ?? loaders.source.load(evidence.sourceId as string),
  },
  TimeSpan: {
    source: (time: EntityMap, _args: unknown, { loaders }: GraphQLContext) =>
      time.sourceId ? loaders.source.load(time.sourceId as string) : null,
  },
};
