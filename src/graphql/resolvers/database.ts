import { queries } from '../../db/queries';
import type { Resolvers } from '../generated/resolvers';

export const databaseResolvers: Resolvers = {
  Query: {
    async database(_parent, _args, { runner }) {
      const { rows, summary } = await runner.read(queries.databaseInfo, {});
      const kernel = rows.find((row) => row.name === 'Neo4j Kernel') ?? rows[0];
      return {
        agent: summary.server.agent ?? 'unknown',
        version: kernel?.version ?? 'unknown',
        edition: kernel?.edition ?? 'unknown',
        name: summary.database.name ?? runner.database,
        address: summary.server.address ?? 'unknown',
      };
    },
  },
};
