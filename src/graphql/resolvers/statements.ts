import type { StoredStatement } from '../../model/stored';
import { listParam } from '../arguments';
import { badInput, notFound } from '../errors';
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
      if (args.aboutParts && scope.about.length === 0) {
        throw badInput('aboutParts', 'needs `about`: the events whose parts count');
      }
      return statementsConnection(args, context, info, scope, scope);
    },
    async statement(_, { id }, { loaders }) {
      const statement = await loaders.statement.load(id);
      if (!statement) throw notFound('statement', id);
      return statement;
    },
  },
  Statement: {
    speaker: async (statement, args, context) => ({
      ...(await required(statementField('speaker'), 'speaker')(statement, args, context)),
      askedSources: statement.askedSources ?? null,
    }),
    spokeFor: async (statement, args, context) => {
      const body = await statementField('spokeFor')(statement, args, context);
      return body && { ...body, askedSources: statement.askedSources ?? null };
    },
    // What it is about answers in the statement's source scope, as its own lists do.
    about: async (statement, args, context) =>
      (
        await assertedBy(
          (await statementField('about')(statement, args, context)) ?? [],
          (subject) => subject.statedBy,
          statement.askedSources,
          context,
        )
      ).map((subject) => ({ ...subject, askedSources: statement.askedSources ?? null })),
    time: (statement) => requiredTimeSpan(statement),
    async evidence(statement, args, context) {
      const evidence = (await statementField('evidence')(statement, args, context)) ?? [];
      return (await assertedBy(evidence, (e) => e.sourceId, statement.askedSources, context)).map(
        evidenceFrom,
      );
    },
  },
};
