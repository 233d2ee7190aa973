import { GraphQLJSON } from 'graphql-scalars';
import type { GraphQLContext } from '../context';
import { notFound } from '../errors';
import type { EntityMap } from '../loaders';
import { DateTimeScalar, PartialDateScalar } from '../scalars';

/** The coercion functions only, so the SDL's descriptions of the scalars stay. */
const coercion = (scalar: typeof DateTimeScalar | typeof PartialDateScalar | typeof GraphQLJSON) => ({
  serialize: scalar.serialize.bind(scalar),
  parseValue: scalar.parseValue.bind(scalar),
  parseLiteral: scalar.parseLiteral.bind(scalar),
});

export const nodeResolvers = {
  DateTime: coercion(DateTimeScalar),
  PartialDate: coercion(PartialDateScalar),
  JSON: coercion(GraphQLJSON),
  Query: {
    async node(_: unknown, { id }: { id: string }, { runner }: GraphQLContext) {
      const { rows } = await runner.read('node-by-id', { id });
      const row = rows[0];
      if (!row) throw notFound('node', id);
      return { ...(row.node as EntityMap), __typename: row.typename };
    },
  },
  Node: {
    __resolveType: (node: EntityMap) => node.__typename,
  },
};
