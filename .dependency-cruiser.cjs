/**
 * The lines the architecture must not cross (README "How it fits together"); `npm run lint` fails on
 * any import that crosses one.
 */
const DOMAIN = '^src/(time|model)/';
const PURE_SHAPING = '^src/(exports|graph|search)/';
const OUTER = '^src/(db|graphql|server|service|cli|local-neo4j|ingest|mutations|write)/';

/* global module */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'src/time and src/model are pure: they import nothing from data access, GraphQL, HTTP or start-up.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: OUTER },
    },
    {
      name: 'shaping-is-pure',
      comment:
        'Exports, graph shaping and search helpers shape values; they never reach the database or GraphQL.',
      severity: 'error',
      from: { path: PURE_SHAPING },
      to: { path: OUTER },
    },
    {
      name: 'generator-is-pure',
      comment:
        'The corpus generator (src/generate) only makes documents; the CLI feeds them to the write path.',
      severity: 'error',
      from: { path: '^src/generate/' },
      to: { path: OUTER },
    },
    {
      name: 'driver-only-in-db',
      comment: 'Only src/db talks to Neo4j: everything else gets our own values from the runner.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/db/' },
      to: { path: 'node_modules/neo4j-driver' },
    },
    {
      name: 'no-tests-in-src',
      comment: 'Production code never imports from test/.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^test/' },
    },
    {
      name: 'db-does-not-look-up',
      comment: 'Data access knows nothing of the layers that call it.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: {
        path: '^src/(graphql|server|service|cli|local-neo4j|ingest|mutations|write|exports|graph|search)/',
      },
    },
    {
      name: 'graphql-does-not-look-up',
      comment: 'Resolvers are called by the server; they do not reach back into it or into start-up.',
      severity: 'error',
      from: { path: '^src/graphql/' },
      to: { path: '^src/(server|service|cli|local-neo4j)/' },
    },
    {
      name: 'writes-do-not-look-up',
      comment: 'The write path is called by GraphQL and the CLI, not the other way round.',
      severity: 'error',
      from: { path: '^src/(ingest|mutations|write)/' },
      to: { path: '^src/(graphql|server|service|cli)/' },
    },
    {
      name: 'resolvers-share-helpers',
      comment:
        'One resolver module per SDL subject; shared code lives beside them in src/graphql/, not in another resolver.',
      severity: 'error',
      from: { path: '^src/graphql/resolvers/([^/]+)\\.ts$' },
      to: { path: '^src/graphql/resolvers/', pathNot: '^src/graphql/resolvers/$1\\.ts$' },
    },
    {
      name: 'only-cli-starts-things',
      comment: 'The local Neo4j launcher is for start-up and tests only.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(cli|service|local-neo4j)/' },
      to: { path: '^src/local-neo4j/' },
    },
    {
      name: 'explorer-knows-only-the-api',
      comment: 'The browser app talks GraphQL over HTTP; it shares no code with the server.',
      severity: 'error',
      from: { path: '^src/explorer/' },
      to: { path: '^src/', pathNot: '^src/explorer/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|neo4j-local)/' },
  },
};
