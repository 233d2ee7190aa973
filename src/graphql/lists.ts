import { Duration } from 'luxon';
import type { GraphQLResolveInfo } from 'graphql';
import type { StatementScope, TimelineFilterParams, TimelineScope } from '../db/queries';
import {
  FETCH_ALL,
  withoutUnfetched,
  type EventFetch,
  type StoredEvent,
  type StoredStatement,
} from '../model/stored';
import { eventFetchOf } from './event-fetch';
import { articleOnly, type SourceScope } from '../model/source-scope';
import { SUBTYPE_VOICES } from '../model/voices';
import { listParam, OPEN_PAST, sourceParams, sourceScope, textParam, windowParams } from './arguments';
import { actorsFirstUpTo, WINDOW_SLICES } from '../model/span-classes';
import type { GraphQLContext } from './context';
import type { QueryStatementsArgs, QueryTimelineArgs } from './generated/resolvers';
import { timeOrderedConnection, type OrderKey } from './time-ordered';

/** An event's place in a timeline on `basis`: the key cypher/fragments/event-basis.cypher sorts on. */
export function eventOrder(basis: 'BEST' | 'ARTICLE') {
  return (event: StoredEvent): OrderKey =>
    basis === 'ARTICLE'
      ? {
          start: event.articleEarliestStart ?? null,
          latestStart: event.articleLatestStart ?? null,
          depth: event.articleOrderDepth ?? 0,
          after: event.articleOrderAfter ?? [],
        }
      : {
          start: event.derivedEarliestStart ?? null,
          latestStart: event.derivedLatestStart ?? null,
          depth: event.orderDepth ?? 0,
          after: event.orderAfter ?? [],
        };
}

// The time-ordered lists that several subjects serve (the timeline, an actor's timeline, together,
// around; statements, an actor's statements), so resolvers share them instead of importing each other.

/** The timeline's arguments, whichever field asks with them (timeline, together, an actor's timeline). */
export type TimelineArgs = Omit<QueryTimelineArgs, 'actors' | 'actorsMatch'> &
  Partial<Pick<QueryTimelineArgs, 'actors' | 'actorsMatch'>>;

/**
 * The basis a list's times stand on: the one asked, else the article's own times when only ARTICLE
 * sources are asked for (outside references' dates must not date an answer "according to the article").
 */
export function basisFor(basis: TimelineArgs['basis'], scope: SourceScope): 'BEST' | 'ARTICLE' {
  if (basis) return basis;
  return articleOnly(scope) ? 'ARTICLE' : 'BEST';
}

const ONE_MILLISECOND = Duration.fromMillis(1);

/** A list relative to no event: the whole timeline. */
const NO_ANCHOR = { anchor: '', position: 'NONE', certainly: false, tick: ONE_MILLISECOND } as const;

/** The timeline's filters, checked; the actors are the scope's, so one query serves many actors' timelines. */
export function timelineFilters(
  args: TimelineArgs,
  sources: SourceScope,
  fetch: EventFetch = FETCH_ALL,
): TimelineFilterParams {
  const places = listParam(args.places, 'places');
  const sectors = listParam(args.sectors, 'sectors');
  const window = windowParams(args);
  return {
    basis: basisFor(args.basis, sources),
    ...window,
    slices: WINDOW_SLICES,
    openPast: OPEN_PAST,
    actorsFirstUpTo: actorsFirstUpTo(window.from, window.to),
    types: listParam(args.types, 'types'),
    statuses: listParam(args.statuses, 'statuses'),
    precisions: listParam(args.precisions, 'precisions').map((precision) => precision.toLowerCase()),
    places,
    sectors,
    text: textParam(args.text),
    ...sourceParams(sources),
    mustExist: [...(args.actors ?? []), ...places, ...sectors],
    mustBeSources: sources.sources,
    fetch,
    ...NO_ANCHOR,
  };
}

/** What an unknown id named in a list's arguments should have been, for its NOT_FOUND error. */
const missingWhat = (sources: SourceScope, otherwise: (id: string) => string) => (id: string) =>
  sources.sources.includes(id) ? 'source' : otherwise(id);

/**
 * Events in time order for one scope of actors (all events when `actors` is empty), kept to the facts
 * of the sources asked (or inherited from the field it is nested in).
 */
export function timelineConnection(
  args: TimelineArgs,
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  scope: TimelineScope,
  kind = 'timeline',
  inherited: SourceScope | null = null,
) {
  const sources = sourceScope(args, inherited);
  const filters = timelineFilters(args, sources, eventFetchOf(info));
  return timeOrderedConnection(
    {
      kind,
      pages: context.loaders.timelinePages,
      filters,
      scope,
      missingWhat: missingWhat(sources, () => 'actor'),
      nodeOf: (event: StoredEvent) => ({ ...withoutUnfetched(event), askedSources: sources }),
      order: eventOrder(filters.basis),
    },
    args,
    info,
  );
}

/**
 * A statements scope stating at most this share of all statements is read from its speakers, subjects
 * or sources: the window's seek is bounded on one side only, so late in time it reads nearly all.
 */
const SCOPE_FIRST_SHARE = 0.25;

export type StatementsArgs = Omit<QueryStatementsArgs, 'speakers' | 'about'>;

/**
 * Statements in the order said, for one scope of speakers and subjects (all statements when both are
 * empty). The ids the arguments name are checked to exist; lists under an actor name none, since their
 * actor exists, so the lists of many actors share one query.
 */
export function statementsConnection(
  args: StatementsArgs,
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  scope: StatementScope,
  named: StatementScope = { speakers: [], about: [] },
  kind = 'statements',
  inherited: SourceScope | null = null,
) {
  const sources = sourceScope(args, inherited);
  const window = windowParams(args);
  return timeOrderedConnection(
    {
      kind,
      pages: context.loaders.statementPages,
      filters: {
        ...window,
        scopeFirstUpTo: actorsFirstUpTo(window.from, window.to),
        scopeFirstShare: SCOPE_FIRST_SHARE,
        text: textParam(args.text),
        ...sourceParams(sources),
        mustBeActors: named.speakers,
        mustExist: named.about,
        mustBeSources: sources.sources,
        aboutParts: args.aboutParts ?? false,
        speakerVoices: listParam(args.speakerVoices, 'speakerVoices'),
        subtypeVoices: SUBTYPE_VOICES,
      },
      scope,
      missingWhat: missingWhat(sources, (id) => (named.speakers.includes(id) ? 'actor' : 'actor or event')),
      nodeOf: (statement: StoredStatement) => ({ ...statement, askedSources: sources }),
      // Statements are ordered by when said, as stated (cypher/statements.cypher): no links order them.
      order: (statement: StoredStatement): OrderKey => ({
        start: statement.start ?? null,
        latestStart: statement.latestStart ?? null,
        depth: 0,
        after: [],
      }),
    },
    args,
    info,
  );
}
