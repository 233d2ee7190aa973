import fc from 'fast-check';
import { postGraphql, startHttpService, type TestHttpService } from '../support/http-service';
import { useSeededStory } from '../support/story';

jest.setTimeout(180_000);

const PIECES = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '...',
  '$n',
  '$n: Int',
  '@include(if: true)',
  '@skip(if: $n)',
  '"x"',
  '"""x"""',
  '100',
  '-1',
  '1e308',
  'null',
  'true',
  'query',
  'mutation',
  'subscription',
  'fragment F on Event',
  '...F',
  'on',
  'timeline',
  'first:',
  'last:',
  'edges',
  'node',
  'title',
  'participants',
  'actor',
  'name',
  '__schema',
  '__type',
  '__typename',
  'search(text: "x")',
  'event(id: "event:x")',
  'ingestDocument',
  'a:',
  '#',
  ',',
  '=',
  '!',
  '|',
  '&',
];

/** Arbitrary documents: random text, and random sequences of GraphQL pieces that are nearly valid. */
const documents = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => `{ ${parts.join(' ')} }`),
);

describe('fuzzing the real server with random documents, variables and bodies', () => {
  const story = useSeededStory();
  let service: TestHttpService;
  beforeAll(async () => {
    service = await startHttpService(story.runner, (s) => (s.rateLimitPerMinute = 0));
  });
  afterAll(() => service.close());

  /** The server answered, not crashed: under 500, JSON, and a GraphQL error list (or data for a valid one). */
  const expectGraphqlAnswer = (answer: Awaited<ReturnType<typeof postGraphql>>) => {
    expect(answer.status).toBeLessThan(500);
    expect(typeof answer.body).toBe('object');
    if (answer.body.data === undefined || answer.body.data === null) {
      expect(Array.isArray(answer.body.errors) && answer.body.errors.length > 0).toBe(true);
    }
    for (const error of answer.body.errors ?? []) {
      expect(typeof error.message).toBe('string');
      expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
  };

  it('random and malformed query documents get GraphQL errors', async () => {
    await fc.assert(
      fc.asyncProperty(documents, async (query) =>
        expectGraphqlAnswer(await postGraphql(service.url, { query })),
      ),
      { numRuns: 150 },
    );
  });

  it('random variables for real operations get data or GraphQL errors', async () => {
    const query = `query($first: Int, $from: PartialDate, $actors: [ID!], $text: String!) {
      timeline(first: $first, from: $from, actors: $actors) { totalCount }
      search(text: $text) { edges { node { __typename } } }
    }`;
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { first: fc.jsonValue(), from: fc.jsonValue(), actors: fc.jsonValue(), text: fc.jsonValue() },
          { requiredKeys: [] },
        ),
        async (variables) => expectGraphqlAnswer(await postGraphql(service.url, { query, variables })),
      ),
      { numRuns: 150 },
    );
  });

  it('random JSON bodies and random bytes get GraphQL errors', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc.string({ maxLength: 200 }),
        ),
        async (body) => {
          const answer = await postGraphql(service.url, body);
          expect(answer.status).toBeLessThan(500);
          expect(Array.isArray(answer.body.errors) && answer.body.errors.length > 0).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
    expect((await fetch(`${service.base}/health`)).status).toBe(200);
  });
});
