import type { TaggedNodeRow } from '../model/stored';
import type { NodeParent } from './parents';

/** A node row tagged with its GraphQL type, for `Node.__resolveType` and search hits alike. */
export function tagged(row: TaggedNodeRow): NodeParent {
  switch (row.typename) {
    case 'Event':
      return { ...row.node, __typename: 'Event' };
    case 'Actor':
      return { ...row.node, __typename: 'Actor' };
    case 'Statement':
      return { ...row.node, __typename: 'Statement' };
    case 'Source':
      return { ...row.node, __typename: 'Source' };
  }
}
