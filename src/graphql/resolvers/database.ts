import type { GraphQLContext } from '../context';

export const databaseResolvers = {
  Query: {
    async database(_parent: unknown, _args: unknown, { runner }: GraphQLContext) {
      const { rows, summary } = await runner.read('database-info');
      const kernel = rows.find((row) => row.name === 'Neo4j Kernel') ?? rows[0] ?? {};
      return {
        agent: summary.server.agent ?? 'unknown',
        version: kernel.version,
        edition: kernel.edition,
        name: summary.database.name ?? runner.database,
        address: summary.server.address ?? 'unknown',
      };
    },
  },
};
