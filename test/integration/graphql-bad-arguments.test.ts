import { graphqlClient } from '../support/graphql-client';
import { useSeededStory } from '../support/story';

jest.setTimeout(60_000);

/**
 * Every bad argument of the timeline, statement, ordering and causal questions gets an error with a code
 * and a message that names the problem (the graph, search and mutation files test their own).
 */
describe('bad arguments get a clear error with a code', () => {
  const story = useSeededStory();
  const ask: ReturnType<typeof graphqlClient> = (...args) => story.ask(...args);

  it.each<[string, string, 'NOT_FOUND' | 'BAD_USER_INPUT', RegExp]>([
    [
      'an unknown actor in timeline filters',
      '{ timeline(actors: ["person:nobody"]) { totalCount } }',
      'NOT_FOUND',
      /no actor has the id 'person:nobody'/,
    ],
    [
      'an unknown place in timeline filters',
      '{ timeline(places: ["place:atlantis"]) { totalCount } }',
      'NOT_FOUND',
      /no actor has the id 'place:atlantis'/,
    ],
    [
      'an unknown sector in timeline filters',
      '{ timeline(sectors: ["sector:unicorns"]) { totalCount } }',
      'NOT_FOUND',
      /no actor has the id 'sector:unicorns'/,
    ],
    [
      'an empty actor list',
      '{ timeline(actors: []) { totalCount } }',
      'BAD_USER_INPUT',
      /actors: an empty list matches nothing/,
    ],
    [
      'an unknown actor together with a known one',
      '{ together(actors: ["person:mark-carney", "person:nobody"]) { totalCount } }',
      'NOT_FOUND',
      /no actor has the id 'person:nobody'/,
    ],
    [
      'together with one actor',
      '{ together(actors: ["person:mark-carney", "person:mark-carney"]) { totalCount } }',
      'BAD_USER_INPUT',
      /actors: name at least two different actors/,
    ],
    [
      'an unknown speaker',
      '{ statements(speakers: ["person:nobody"]) { totalCount } }',
      'NOT_FOUND',
      /no actor has the id 'person:nobody'/,
    ],
    [
      'an unknown subject',
      '{ statements(about: ["event:nothing"]) { totalCount } }',
      'NOT_FOUND',
      /no actor or event has the id 'event:nothing'/,
    ],
    [
      'an unknown statement',
      '{ statement(id: "statement:nothing") { text } }',
      'NOT_FOUND',
      /no statement has the id 'statement:nothing'/,
    ],
    ['a malformed date', '{ statements(from: "2026-02-30") { totalCount } }', 'BAD_USER_INPUT', /2026-02-30/],
    [
      'from after to',
      '{ statements(from: "2026", to: "2025") { totalCount } }',
      'BAD_USER_INPUT',
      /from: the window must start before it ends/,
    ],
    [
      'first over the maximum',
      '{ statements(first: 101) { totalCount } }',
      'BAD_USER_INPUT',
      /first: must be a whole number from 0 to 100, got 101/,
    ],
    [
      'a timeline cursor given to statements',
      '{ statements(after: "eyJrIjoidGltZWxpbmUiLCJ2Ijp7fX0") { totalCount } }',
      'BAD_USER_INPUT',
      /after: not a cursor of this list/,
    ],
    [
      "a malformed date on an actor's timeline",
      '{ actor(id: "person:mark-carney") { timeline(from: "last Tuesday") { totalCount } } }',
      'BAD_USER_INPUT',
      /last Tuesday/,
    ],
    [
      "last over the maximum on an actor's statements",
      '{ actor(id: "person:mark-carney") { statementsMade(last: 1000) { totalCount } } }',
      'BAD_USER_INPUT',
      /last: must be a whole number from 0 to 100, got 1000/,
    ],
    [
      'an unknown anchor event',
      '{ around(event: "event:nothing", position: BEFORE) { totalCount } }',
      'NOT_FOUND',
      /no event has the id 'event:nothing'/,
    ],
    [
      'an unknown actor around an event',
      '{ around(event: "event:meng-wanzhou-arrest", position: AFTER, actors: ["person:nobody"]) { totalCount } }',
      'NOT_FOUND',
      /no actor has the id 'person:nobody'/,
    ],
    [
      'an unknown event for a causal chain',
      '{ causalChain(event: "event:nothing") { links { type } } }',
      'NOT_FOUND',
      /no event has the id 'event:nothing'/,
    ],
    [
      'a causal chain deeper than the limit',
      '{ causalChain(event: "event:meng-wanzhou-arrest", depth: 6) { links { type } } }',
      'BAD_USER_INPUT',
      /depth: must be a whole number from 1 to 5, got 6/,
    ],
    [
      'a causal chain of depth 0',
      '{ causalChain(event: "event:meng-wanzhou-arrest", depth: 0) { links { type } } }',
      'BAD_USER_INPUT',
      /depth: must be a whole number from 1 to 5, got 0/,
    ],
    [
      'a causal chain following no link type',
      '{ causalChain(event: "event:meng-wanzhou-arrest", types: []) { links { type } } }',
      'BAD_USER_INPUT',
      /types: an empty list matches nothing/,
    ],
  ])('%s', async (_what, query, code, message) => {
    const answer = await ask(query);
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0]).toMatchObject({
      message: expect.stringMatching(message),
      extensions: { code },
    });
  });
});
