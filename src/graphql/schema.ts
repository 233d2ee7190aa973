import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { projectRoot } from '../project-root';
import { actorResolvers } from './resolvers/actors';
import { causalChainResolvers } from './resolvers/causal-chains';
import { databaseResolvers } from './resolvers/database';
import { eventResolvers } from './resolvers/events';
import { graphResolvers } from './resolvers/graph';
import { mutationResolvers } from './resolvers/mutations';
import { nodeResolvers } from './resolvers/node';
import { scalarResolvers } from './scalars';
import { searchResolvers } from './resolvers/search';
import { sourceResolvers } from './resolvers/sources';
import { statementResolvers } from './resolvers/statements';
import { timeRelationResolvers } from './resolvers/time-relations';
import { timelineExportResolvers } from './resolvers/timeline-exports';

export const SCHEMA_DIR = path.join(projectRoot(), 'schema');

/** The SDL files of schema/, one per subject, in name order. */
export function readTypeDefs(dir = SCHEMA_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => fs.readFileSync(path.join(dir, file), 'utf8'));
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readTypeDefs(),
    resolvers: [
      scalarResolvers,
      databaseResolvers,
      nodeResolvers,
      eventResolvers,
      actorResolvers,
      sourceResolvers,
      statementResolvers,
      timeRelationResolvers,
      causalChainResolvers,
      graphResolvers,
      searchResolvers,
      timelineExportResolvers,
      mutationResolvers,
    ],
  });
}
