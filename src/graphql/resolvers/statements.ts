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

/** Statements in the order said, for one scope of speakers and subjects (all statements when both are empty). */
export function statementsConnection(
  args: StatementsArgs,
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  scope: { key: string; speakers: string[]; about: string[] },
  kind = 'statements',
) {
  const filters = {
    ...windowParams(args),
    text: textParam(args.text),
    ...asOfParams(args.asOf),
    mustExist: [...scope.speakers, ...scope.about],
  };
  return timeOrderedConnection(
    { kind, query: 'statements', filters, scope, missingWhat: 'actor or event' },
    args,
    context,
    info,
  );
}

export const statementResolvers = {
  Query: {
    statements: (_: unknown, args: StatementsArgs, context: GraphQLContext, info: GraphQLResolveInfo) =>
      statementsConnection(args, context, info, {
        key: 'statements',
        speakers: listParam(args.speakers, 'speakers'),
        about: listParam(args.about, 'about'),
      }),
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
