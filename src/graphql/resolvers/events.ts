import type { StoredEvent } from '../../model/stored';
import { listParam } from '../arguments';
import { badInput, notFound } from '../errors';
import type { Resolvers } from '../generated/resolvers';
import { eventLoader, fromParentOrLoad } from '../loaders';
import { evidenceFrom, requiredTimeSpan } from '../shapes';
import { byTimeThenId } from '../time-order';
import { timelineConnection } from '../lists';

const FACT_STATUSES = new Set(['HAPPENED', 'ONGOING']);

const eventField = <F extends keyof StoredEvent>(field: F) => fromParentOrLoad(eventLoader, field);

export const eventResolvers: Resolvers = {
  Query: {
    timeline: (_, args, context, info) =>
      timelineConnection(args, context, info, {
        actors: listParam(args.actors, 'actors'),
        allActors: args.actorsMatch === 'ALL',
      }),
    together(_, args, context, info) {
      const actors = [...new Set(args.actors)];
      if (actors.length < 2) throw badInput('actors', 'name at least two different actors');
      return timelineConnection(args, context, info, { actors, allActors: true }, 'together');
    },
    async event(_, { id }, { loaders }) {
      const event = await loaders.event.load(id);
      if (!event) throw notFound('event', id);
      return event;
    },
  },
  Event: {
    isFact: (event) => FACT_STATUSES.has(event.status),
    time: (event) => requiredTimeSpan(event),
    place: eventField('place'),
    participants: async (event, args, context) =>
      (await eventField('participants')(event, args, context)) ?? [],
    sectors: async (event, args, context) => (await eventField('sectors')(event, args, context)) ?? [],
    partOf: eventField('partOf'),
    parts: async (event, args, context) => (await eventField('parts')(event, args, context)) ?? [],
    causes: async (event, args, context) => (await eventField('causes')(event, args, context)) ?? [],
    consequences: async (event, args, context) =>
      (await eventField('consequences')(event, args, context)) ?? [],
    async statements(event, args, context) {
      const list = (await eventField('statements')(event, args, context)) ?? [];
      return [...list].sort(byTimeThenId);
    },
    async evidence(event, args, context) {
      return ((await eventField('evidence')(event, args, context)) ?? []).map(evidenceFrom);
    },
  },
  Participation: {
    evidence: (participation) => evidenceFrom(participation.evidence),
  },
  EventLink: {
    evidence: (link) => evidenceFrom(link.evidence),
  },
};
