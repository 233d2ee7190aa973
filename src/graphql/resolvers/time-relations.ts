import type { AnchorBounds } from '../../db/queries';
import { withoutUnfetched, type StoredEvent } from '../../model/stored';
import { eventFetchOf } from '../event-fetch';
import { storedTime, type MaybeStoredTime } from '../../model/stored-time';
import { relate, type AllenRelation, type Relation, type Tie } from '../../time';
import { listParam, sourceScope } from '../arguments';
import { badInput } from '../errors';
import type {
  AllenRelation as AllenRelationEnum,
  OrderCertainty,
  Resolvers,
  TimeOrder,
  TimeRelation,
} from '../generated/resolvers';
import type { AroundEventParent } from '../parents';
import { timeOrderedConnection } from '../time-ordered';
import { basisFor, eventOrder, timelineFilters } from '../lists';
import { storedBasisBounds } from '../shapes';
import type { TimeBasis } from '../../model/derived-time';

/** The shortest interval: endpoints are whole milliseconds. */

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

/**
 * What the links state between the event (a) and the anchor (b), beyond their dates: who starts first
 * (the network's predecessors on the basis), a state ended by the other (ENDED_BY), a part within its
 * whole (PART_OF). The anchor's own links come with it (`ties`), so a page needs none of its events'
 * lists. On the ARTICLE basis only links the article states count, and no PART_OF.
 */
function statedTies(event: StoredEvent, anchor: AnchorBounds, basis: TimeBasis): Tie[] {
  const ties: Tie[] = [];
  const eventAfter = (basis === 'ARTICLE' ? event.articleOrderAfter : event.orderAfter) ?? [];
  if (eventAfter.includes(anchor.id)) ties.push({ left: 'bStart', relation: '<=', right: 'aStart' });
  if ((anchor.after ?? []).includes(event.id)) ties.push({ left: 'aStart', relation: '<=', right: 'bStart' });
  for (const tie of anchor.ties) {
    if (tie.otherId !== event.id) continue;
    if (tie.type === 'ENDED_BY') {
      if (basis === 'ARTICLE' && tie.outsideArticle) continue;
      // (anchor)-[:ENDED_BY]->(event): the event ended the anchor; else the anchor ended the event.
      ties.push(
        tie.anchorFirst
          ? { left: 'bEnd', relation: '=', right: 'aStart' }
          : { left: 'aEnd', relation: '=', right: 'bStart' },
      );
    } else if (basis === 'BEST') {
      // (anchor)-[:PART_OF]->(event): the anchor lies within the event; else the event within the anchor
      // (BEST only: the link does not say here who states the part).
      ties.push(
        ...(tie.anchorFirst
          ? ([
              { left: 'aStart', relation: '<=', right: 'bStart' },
              { left: 'bEnd', relation: '<=', right: 'aEnd' },
            ] as const)
          : ([
              { left: 'bStart', relation: '<=', right: 'aStart' },
              { left: 'aEnd', relation: '<=', right: 'bEnd' },
            ] as const)),
      );
    }
  }
  return ties;
}

/** How an event relates to the anchor, both on the basis asked (their tightened bounds and links). */
function timeRelation(event: StoredEvent, anchor: AnchorBounds, basis: TimeBasis): TimeRelation {
  const bounds = storedBasisBounds(event, basis);
  if (!bounds) throw new Error(`${event.id} is in an around list without a time on the ${basis} basis`);
  const relation = relate(bounds, requiredTime(anchor), statedTies(event, anchor, basis));
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
      const sources = sourceScope(args);
      const basis = basisFor(args.basis, sources);
      // The window is the anchor's business here; the timeline's other filters apply as they are.
      const filters = {
        ...timelineFilters({ ...args, from: null, to: null, match: 'POSSIBLY' }, sources, eventFetchOf(info)),
        anchor: args.event,
        position: args.position,
        certainly: args.match === 'CERTAINLY',
      };
      return timeOrderedConnection(
        {
          kind: 'around',
          pages: context.loaders.timelinePages,
          filters,
          scope: { actors: listParam(args.actors, 'actors'), allActors: args.actorsMatch === 'ALL' },
          missingWhat: (id) =>
            id === args.event ? 'event' : sources.sources.includes(id) ? 'source' : 'actor',
          nodeOf: (event: StoredEvent, row): AroundEventParent => {
            if (!row.anchor) throw new Error(`around answered without the anchor ${args.event}`);
            return { ...withoutUnfetched(event), anchorBounds: row.anchor, basis, askedSources: sources };
          },
          order: eventOrder(basis),
          check: (row) => {
            if (row.anchor && !row.anchor.earliestStart) {
              throw badInput('event', `the article does not date ${args.event}; ask with basis: BEST`);
            }
          },
        },
        args,
        info,
      );
    },
  },
  TimeRelationEdge: {
    relation: ({ node }) => timeRelation(node, node.anchorBounds, node.basis),
  },
};
