import { FETCH_ALL } from '../../model/stored';
import { queries } from '../../db/queries';
import { notFound } from '../errors';
import type { Resolvers } from '../generated/resolvers';
import { tagged } from '../tagged';

export const nodeResolvers: Resolvers = {
  Query: {
    async node(_, { id }, { runner }) {
      const { rows } = await runner.read(queries.nodeById, { id, fetch: FETCH_ALL });
      const row = rows[0];
      if (!row) throw notFound('node', id);
      return tagged(row);
    },
  },
  Node: {
    __resolveType: (node) => node.__typename,
  },
};
