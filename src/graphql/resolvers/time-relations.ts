import { Duration } from 'luxon';
import type { AnchorBounds } from '../../db/queries';
import type { StoredEvent } from '../../model/stored';
import { storedTime, type MaybeStoredTime } from '../../model/stored-time';
import { relate, type AllenRelation, type Relation } from '../../time';
import { listParam } from '../arguments';
import type {
  AllenRelation as AllenRelationEnum,
  OrderCertainty,
  Resolvers,
  TimeOrder,
  TimeRelation,
} from '../generated/resolvers';
import type { AroundEventParent } from '../parents';
import { timeOrderedConnection } from '../time-ordered';
import { timelineFilters } from '../lists';

/** The shortest interval: endpoints are whole milliseconds. */
const ONE_MILLISECOND = Duration.fromMillis(1);

const ENUM_NAMES: Record<AllenRelation, AllenRelationEnum> = {
  before: 'BEFORE',
  meets: 'MEETS',
  overlaps: 'OVERLAPS',
  starts: 'STARTS',
  during: 'DURING',
  finishes: 'FINISHES',
  equals: 'EQUALS',
  finishedBy: 'FINISHED_BY',
  contains: 'CONTAINS',
  startedBy: 'STARTED_BY',
  overlappedBy: 'OVERLAPPED_BY',
  metBy: 'MET_BY',
  after: 'AFTER',
};

const ORDERS: Record<Relation['order'], TimeOrder> = {
  before: 'BEFORE',
  after: 'AFTER',
  overlapping: 'OVERLAPPING',
  unordered: 'UNORDERED',
};

const CERTAINTIES: Record<Relation['orderCertainty'], OrderCertainty> = {
  certain: 'CERTAIN',
  possible: 'POSSIBLE',
  none: 'NONE',
};

function requiredTime(props: MaybeStoredTime & { id: string }) {
  const time = storedTime(props);
  if (!time) throw new Error(`${props.id} is stored without its time`);
  return time;
}

function timeRelation(event: StoredEvent, anchor: AnchorBounds): TimeRelation {
  const relation = relate(requiredTime(event), requiredTime(anchor));
  return {
    possible: relation.possible.map((name) => ENUM_NAMES[name]),
    certain: relation.certain ? ENUM_NAMES[relation.certain] : null,
    order: ORDERS[relation.order],
    orderCertainty: CERTAINTIES[relation.orderCertainty],
  };
}

export const timeRelationResolvers: Resolvers = {
  Query: {
    around(_, args, context, info) {
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
          pages: context.loaders.aroundPages,
          filters,
          scope: { actors: listParam(args.actors, 'actors'), allActors: args.actorsMatch === 'ALL' },
          missingWhat: (id) => (id === args.event ? 'event' : 'actor'),
          nodeOf: (event: StoredEvent, row): AroundEventParent => {
            if (!row.anchor) throw new Error(`around answered without the anchor ${args.event}`);
            return { ...event, anchorBounds: row.anchor };
          },
        },
        args,
        info,
      );
    },
  },
  TimeRelationEdge: {
    relation: ({ node }) => timeRelation(node, node.anchorBounds),
  },
};
