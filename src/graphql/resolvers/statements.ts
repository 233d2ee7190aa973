import type { StoredStatement } from '../../model/stored';
import { listParam } from '../arguments';
import { notFound } from '../errors';
import type { Resolvers } from '../generated/resolvers';
import { fromParentOrLoad, required, statementLoader } from '../loaders';
import { evidenceFrom, requiredTimeSpan } from '../shapes';
import { statementsConnection } from '../lists';

const statementField = <F extends keyof StoredStatement>(field: F) =>
  fromParentOrLoad(statementLoader, field);

export const statementResolvers: Resolvers = {
  Query: {
    statements(_, args, context, info) {
      const scope = { speakers: listParam(args.speakers, 'speakers'), about: listParam(args.about, 'about') };
      return statementsConnection(args, context, info, scope, scope);
    },
    async statement(_, { id }, { loaders }) {
      const statement = await loaders.statement.load(id);
      if (!statement) throw notFound('statement', id);
      return statement;
    },
  },
  Statement: {
    speaker: required(statementField('speaker'), 'speaker'),
    spokeFor: statementField('spokeFor'),
    about: async (statement, args, context) =>
      (await statementField('about')(statement, args, context)) ?? [],
    time: (statement) => requiredTimeSpan(statement),
    async evidence(statement, args, context) {
      return ((await statementField('evidence')(statement, args, context)) ?? []).map(evidenceFrom);
    },
  },
};
