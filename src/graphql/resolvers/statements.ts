import type { GraphQLResolveInfo } from 'graphql';
import type { FuzzyTime } from '../../time';
import { asOfParams, listParam, textParam, windowParams, type WindowArgs } from '../arguments';
import type { GraphQLContext } from '../context';
import { notFound } from '../errors';
import { fromParentOrLoad, type EntityMap } from '../loaders';
import type { ConnectionArgs } from '../pagination';
import { evidenceFrom, timeSpanFrom } from '../shapes';
import { timeOrderedConnection } from '../time-ordered';

export interface StatementsArgs extends ConnectionArgs, WindowArgs {
  speakers?: string[] | null;
  about?: string[] | null;
  text?: string | null;
  asOf?: FuzzyTime | null;
}

/**
 * Statements in the order said, for one scope of speakers and subjects (all statements when both are
 * empty). The ids the arguments name are checked to exist; lists under an actor name none, since their
 * actor exists, so the lists of many actors share one query.
 */
export function statementsConnection(
  args: StatementsArgs,
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  scope: { speakers: string[]; about: string[] },
  named: { speakers: string[]; about: string[] } = { speakers: [], about: [] },
  kind = 'statements',
) {
  const filters = {
    ...windowParams(args),
    text: textParam(args.text),
    ...asOfParams(args.asOf),
    mustBeActors: named.speakers,
    mustExist: named.about,
  };
  return timeOrderedConnection(
    {
      kind,
      query: 'statements',
      filters,
      scope,
      missingWhat: (id) => (named.speakers.includes(id) ? 'actor' : 'actor or event'),
    },
    args,
    context,
    info,
  );
}

export const statementResolvers = {
  Query: {
    statements(_: unknown, args: StatementsArgs, context: GraphQLContext, info: GraphQLResolveInfo) {
      const scope = { speakers: listParam(args.speakers, 'speakers'), about: listParam(args.about, 'about') };
      return statementsConnection(args, context, info, scope, scope);
    },
    async statement(_: unknown, { id }: { id: string }, { loaders }: GraphQLContext) {
      const statement = await loaders.statement.load(id);
      if (!statement) throw notFound('statement', id);
      return statement;
    },
  },
  Statement: {
    speaker: fromParentOrLoad('statement', 'speaker'),
    spokeFor: fromParentOrLoad('statement', 'spokeFor'),
    about: fromParentOrLoad('statement', 'about'),
    time: (statement: EntityMap) => timeSpanFrom(statement),
    async evidence(statement: EntityMap, args: unknown, context: GraphQLContext) {
      const list = (await fromParentOrLoad('statement', 'evidence')(statement, args, context)) as EntityMap[];
      return list.map(evidenceFrom);
    },
  },
};
