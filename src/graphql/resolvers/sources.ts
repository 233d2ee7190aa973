import { statingSourceIds } from '../../model/stored';
import type { Resolvers } from '../generated/resolvers';
import { fromParentOrLoad, sourceLoader } from '../loaders';

export const sourceResolvers: Resolvers = {
  Source: {
    text: fromParentOrLoad(sourceLoader, 'text'),
  },
  Evidence: {
    async source(evidence, _args, { loaders }) {
      const source = evidence.source ?? (await loaders.source.load(evidence.sourceId));
      if (!source) throw new Error(`evidence names the source '${evidence.sourceId}', which is not stored`);
      return source;
    },
    async statedBy(evidence, _args, { loaders }) {
      const ids = statingSourceIds(evidence);
      const sources = await loaders.source.loadMany(ids);
      return sources.map((source, i) => {
        if (!source || source instanceof Error)
          throw new Error(`evidence names the source '${ids[i]}', which is not stored`);
        return source;
      });
    },
  },
  TimeSpan: {
    source: (time, _args, { loaders }) => (time.sourceId ? loaders.source.load(time.sourceId) : null),
  },
};
