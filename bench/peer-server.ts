/**
 * The benchmark's peer: the Neo4j GraphQL Library (@neo4j/graphql 7) serving the same database as the
 * service, with type definitions over the same labels, properties and relationships, behind the same
 * HTTP server library (graphql-yoga). Started by `npm run bench` as a child process; PORT, NEO4J_URI,
 * NEO4J_USERNAME and NEO4J_PASSWORD say where. Reads only: the bench asks queries, never mutations.
 */
import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';

/** What the service's timeline, actor and causal questions read, as the library models it. */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  type Event
    @node
    @fulltext(indexes: [{ indexName: "search_nodes", queryName: "eventsByTitle", fields: ["title"] }]) {
    id: ID!
    title: String
    type: String
    status: String
    derivedStart: DateTime
    derivedEarliestStart: DateTime
    derivedLatestEnd: DateTime
    participants: [Actor!]! @relationship(type: "PARTICIPATED_IN", direction: IN)
    places: [Actor!]! @relationship(type: "TOOK_PLACE_IN", direction: OUT)
    causes: [Event!]! @relationship(type: "CAUSED", direction: IN)
    effects: [Event!]! @relationship(type: "CAUSED", direction: OUT)
  }

  type Actor @node {
    id: ID!
    name: String
    kind: String
    events: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT)
  }
`;

async function main(): Promise<void> {
  const env = process.env;
  const driver = neo4j.driver(
    env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    neo4j.auth.basic(env.NEO4J_USERNAME ?? 'neo4j', env.NEO4J_PASSWORD ?? ''),
  );
  await driver.verifyConnectivity();
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
  const yoga = createYoga({ schema, graphiql: false, logging: false, maskedErrors: false });
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- yoga answers node's request events
  const server = createServer(yoga);
  const port = Number(env.PORT ?? 4200);
  server.listen(port, '127.0.0.1', () => process.stdout.write(`peer ready on ${port}\n`));
  const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`peer failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
