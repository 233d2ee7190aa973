/**
 * What the service sends Neo4j for an operation: the schema executed in this process over the same
 * database, with the runner reporting each query's text and parameters. The raw-driver baseline
 * replays exactly these, so it answers the same question with the same plans.
 */
import { execute, parse } from 'graphql';
import type { QueryEvent, QueryRunner } from '../src/db/runner';
import { createContext } from '../src/graphql/context';
import { buildSchema } from '../src/graphql/schema';
import type { GraphQLRequest } from './operations';

export async function captureQueries(runner: QueryRunner, request: GraphQLRequest): Promise<QueryEvent[]> {
  const sent: QueryEvent[] = [];
  const stopListening = runner.onQuery((event) => sent.push(event));
  try {
    const answer = await execute({
      schema: buildSchema(),
      document: parse(request.query),
      variableValues: request.variables,
      contextValue: createContext(runner, { caller: { role: 'read', id: 'bench' } }),
    });
    if (answer.errors?.length) throw new Error(`the service refused it: ${answer.errors[0]!.message}`);
  } finally {
    stopListening();
  }
  if (sent.some((event) => !event.sent)) throw new Error('a query was sent without its text');
  return sent;
}
