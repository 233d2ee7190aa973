import { statingSourceIds, type Stated, type StoredEvent, type StoredEventLink } from '../../model/stored';
import type { GraphQLContext } from '../context';
import type { AskedSources, CauseLinkParent, EventLinkParent, EventParent } from '../parents';
import { linkWordsResolvers, modalityFilter, readingOf } from '../link-words';
import { assertedBy, mustBeSources } from '../source-check';
import { FACT_STATUSES, type EventStatus } from '../../model/vocabulary';
import { listParam, sourceScope } from '../arguments';
import { badInput, notFound } from '../errors';
import type { Resolvers } from '../generated/resolvers';
import { eventLoader, fromParentOrLoad } from '../loaders';
import { articleTimeSpan, evidenceFrom, requiredTimeSpan } from '../shapes';
import { articleOnly } from '../../model/source-scope';
import { byTimeThenId } from '../time-order';
import { timelineConnection } from '../lists';

const eventField = <F extends keyof StoredEvent>(field: F) => fromParentOrLoad(eventLoader, field);

/** A node reached from a parent answers in the parent's source scope. */
function inScope<Child extends object>(parent: AskedSources, child: Child): Child & AskedSources;
function inScope<Child extends object>(
  parent: AskedSources,
  child: Child | null,
): (Child & AskedSources) | null;
function inScope<Child extends object>(parent: AskedSources, child: Child | null) {
  return child && { ...child, askedSources: parent.askedSources ?? null };
}

/** What an event map lists (place, sectors, parts, whole) that the asked sources tie to the event. */
function stated<T>(event: EventParent, list: Array<Stated<T>> | null | undefined, context: GraphQLContext) {
  return assertedBy(list ?? [], (item) => item.statedBy, event.askedSources, context);
}

/** An event's links that the asked sources state, their far events in the same scope. */
async function links(event: EventParent, list: StoredEventLink[] | null, context: GraphQLContext) {
  const asserted = await assertedBy(
    list ?? [],
    (link) => statingSourceIds(link.evidence),
    event.askedSources,
    context,
  );
  return asserted.map((link) => ({ ...link, event: inScope(event, link.event) }));
}

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
    async event(_, args, context) {
      const askedSources = sourceScope(args);
      const [event] = await Promise.all([
        context.loaders.event.load(args.id),
        mustBeSources(askedSources, context),
      ]);
      if (!event) throw notFound('event', args.id);
      return { ...event, askedSources };
    },
  },
  Event: {
    isFact: (event) => FACT_STATUSES.has(event.status as EventStatus),
    modality: (event) => (event.modality === 'INFERRED' ? 'INFERRED' : 'STATED'),
    cue: (event) => (event.modality === 'INFERRED' ? (event.cue ?? null) : null),
    inference: (event) => (event.modality === 'INFERRED' ? (event.inference ?? null) : null),
    // "According to the article": its own time, where it gives one, not an outside reference's date.
    time: (event) => (articleOnly(event.askedSources) && articleTimeSpan(event)) || requiredTimeSpan(event),
    place: async (event, args, context) =>
      inScope(
        event,
        (await stated(event, await eventField('places')(event, args, context), context))[0] ?? null,
      ),
    participants: async (event, args, context) =>
      (
        await assertedBy(
          (await eventField('participants')(event, args, context)) ?? [],
          (participation) => statingSourceIds(participation.evidence),
          event.askedSources,
          context,
        )
      ).map((participation) => ({ ...participation, actor: inScope(event, participation.actor) })),
    sectors: async (event, args, context) =>
      (await stated(event, await eventField('sectors')(event, args, context), context)).map((sector) =>
        inScope(event, sector),
      ),
    partOf: async (event, args, context) =>
      inScope(
        event,
        (await stated(event, await eventField('partOfEvents')(event, args, context), context))[0] ?? null,
      ),
    parts: async (event, args, context) =>
      (await stated(event, await eventField('parts')(event, args, context), context)).map((part) =>
        inScope(event, part),
      ),
    causeLinks: async (event, args, context) => {
      const keep = modalityFilter(args.modalities);
      return (await links(event, await eventField('causes')(event, {}, context), context))
        .filter((link) => keep(link.evidence))
        .map((link) => ({ kind: link.type, cause: link.event, effect: event, evidence: link.evidence }));
    },
    effectLinks: async (event, args, context) => {
      const keep = modalityFilter(args.modalities);
      return (await links(event, await eventField('consequences')(event, {}, context), context))
        .filter((link) => keep(link.evidence))
        .map((link) => ({ kind: link.type, cause: event, effect: link.event, evidence: link.evidence }));
    },
    causes: async (event, args, context) =>
      links(event, await eventField('causes')(event, args, context), context),
    consequences: async (event, args, context) =>
      links(event, await eventField('consequences')(event, args, context), context),
    async statements(event, args, context) {
      const list = (await eventField('statements')(event, args, context)) ?? [];
      const asserted = await assertedBy(
        list,
        (statement) => statement.sourceIds ?? [],
        event.askedSources,
        context,
      );
      return [...asserted].sort(byTimeThenId).map((statement) => inScope(event, statement));
    },
    async evidence(event, args, context) {
      const evidence = (await eventField('evidence')(event, args, context)) ?? [];
      return (await assertedBy(evidence, (e) => e.sourceId, event.askedSources, context)).map(evidenceFrom);
    },
  },
  Participation: {
    evidence: (participation) => evidenceFrom(participation.evidence),
  },
  EventLink: {
    ...linkWordsResolvers<EventLinkParent>((link) => link.evidence),
    evidence: (link) => evidenceFrom(link.evidence),
  },
  CauseLink: {
    ...linkWordsResolvers<CauseLinkParent>((link) => link.evidence),
    reading: (link) => readingOf(link.kind, link.cause, link.effect, link.evidence),
    evidence: (link) => evidenceFrom(link.evidence),
  },
};
