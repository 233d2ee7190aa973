import type { GraphQLResolveInfo } from 'graphql';
import type { StatementScope, TimelineFilterParams, TimelineScope } from '../db/queries';
import type { StoredEvent, StoredStatement } from '../model/stored';
import { asOfParams, listParam, textParam, windowParams } from './arguments';
import type { GraphQLContext } from './context';
import type { QueryStatementsArgs, QueryTimelineArgs } from './generated/resolvers';
import { timeOrderedConnection } from './time-ordered';

// The time-ordered lists that several subjects serve (the timeline, an actor's timeline, together,
// around; statements, an actor's statements), so resolvers share them instead of importing each other.

/** The timeline's arguments, whichever field asks with them (timeline, together, an actor's timeline). */
export type TimelineArgs = Omit<QueryTimelineArgs, 'actors' | 'actorsMatch'> &
  Partial<Pick<QueryTimelineArgs, 'actors' | 'actorsMatch'>>;

/** The timeline's filters, checked; the actors are the scope's, so one query serves many actors' timelines. */
export function timelineFilters(args: TimelineArgs): TimelineFilterParams {
  const places = listParam(args.places, 'places');
  const sectors = listParam(args.sectors, 'sectors');
  return {
    ...windowParams(args),
    types: listParam(args.types, 'types'),
    statuses: listParam(args.statuses, 'statuses'),
    places,
    sectors,
    text: textParam(args.text),
    ...asOfParams(args.asOf),
    mustExist: [...(args.actors ?? []), ...places, ...sectors],
  };
}

/** Events in time order for one scope of actors (all events when `actors` is empty). */
export function timelineConnection(
  args: TimelineArgs,
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  scope: TimelineScope,
  kind = 'timeline',
) {
  return timeOrderedConnection(
    {
      kind,
      pages: context.loaders.timelinePages,
      filters: timelineFilters(args),
      scope,
      missingWhat: 'actor',
      nodeOf: (event: StoredEvent) => event,
    },
    args,
    info,
  );
}

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
) {
  return timeOrderedConnection(
    {
      kind,
      pages: context.loaders.statementPages,
      filters: {
        ...windowParams(args),
        text: textParam(args.text),
        ...asOfParams(args.asOf),
        mustBeActors: named.speakers,
        mustExist: named.about,
      },
      scope,
      missingWhat: (id) => (named.speakers.includes(id) ? 'actor' : 'actor or event'),
      nodeOf: (statement: StoredStatement) => statement,
    },
    args,
    info,
  );
}
