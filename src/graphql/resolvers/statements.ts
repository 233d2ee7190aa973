import type { StoredStatement } from '../../model/stored';
import { listParam } from '../arguments';
import { notFound } from '../errors';
import type { Resolvers } from '../generated/resolvers';
import { fromParentOrLoad, required, statementLoader } from '../loaders';
import { evidenceFrom, requiredTimeSpan } from '../shapes';
import { statementsConnection } from '../lists';
import { assertedBy } from '../source-check';

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
    // What it is about answers in the statement's source scope, as its own lists do.
    about: async (statement, args, context) =>
      ((await statementField('about')(statement, args, context)) ?? []).map((subject) => ({
        ...subject,
        askedSources: statement.askedSources ?? null,
      })),
    time: (statement) => requiredTimeSpan(statement),
    async evidence(statement, args, context) {
      const evidence = (await statementField('evidence')(statement, args, context)) ?? [];
      return (await assertedBy(evidence, (e) => e.sourceId, statement.askedSources, context)).map(
        evidenceFrom,
      );
    },
  },
};
