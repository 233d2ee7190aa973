import type { GraphQLResolveInfo } from 'graphql';
import neo4j from 'neo4j-driver';
import { storedTime } from '../../model/stored-time';
import { relate, type AllenRelation, type Position } from '../../time';
import { listParam } from '../arguments';
import type { GraphQLContext } from '../context';
import type { EntityMap } from '../loaders';
import { timeOrderedConnection } from '../time-ordered';
import { timelineFilters, type TimelineArgs } from './events';

interface AroundArgs extends TimelineArgs {
  event: string;
  position: Position;
}

/** The shortest interval: endpoints are whole milliseconds (months, days, seconds, nanoseconds). */
const ONE_MILLISECOND = new neo4j.types.Duration(0, 0, 0, 1_000_000);

/** `finishedBy` → `FINISHED_BY`: the GraphQL enum spelling of an Allen relation. */
const enumName = (relation: AllenRelation) => relation.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();

function timeRelation(event: EntityMap, anchor: EntityMap) {
  const relation = relate(storedTime(event)!, storedTime(anchor)!);
  return {
    possible: relation.possible.map(enumName),
    certain: relation.certain ? enumName(relation.certain) : null,
    order: relation.order.toUpperCase(),
    orderCertainty: relation.orderCertainty.toUpperCase(),
  };
}

export const timeRelationResolvers = {
  Query: {
    around(_: unknown, args: AroundArgs, context: GraphQLContext, info: GraphQLResolveInfo) {
      // The window is the anchor's business here; the timeline's other filters apply as they are.
      const filters = {
        ...timelineFilters({ ...args, from: null, to: null, match: 'POSSIBLY' }),
        anchor: args.event,
        position: args.position,
        certainly: args.match === 'CERTAINLY',
        tick: ONE_MILLISECOND,
      };
      return timeOrderedConnection(
        {
          kind: 'around',
          query: 'around',
          filters,
          scope: {
            actors: listParam(args.actors, 'actors'),
            allActors: args.actorsMatch === 'ALL',
          },
          missingWhat: (id) => (id === args.event ? 'event' : 'actor'),
          decorate: (item, row) => ({ ...item, anchorBounds: row.anchor }),
        },
        args,
        context,
        info,
      );
    },
  },
  TimeRelationEdge: {
    relation: ({ node }: { node: EntityMap }) => timeRelation(node, node.anchorBounds as EntityMap),
  },
};
