/**
 * Small documents for mechanism tests, each with its own token in every id so tests never share data.
 */
export function storyText(token: string): string {
  return (
    `Alice ${token} met Bob ${token} in Exampleton on Monday. ` +
    `"We agreed on everything," Alice ${token} said. ` +
    `The talks raised tariffs on widgets.`
  );
}

/** Loosely typed on purpose: tests break documents in every way the schema must catch. */
export type TestDocument = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function smallDocument(token: string): TestDocument {
  const text = storyText(token);
  return {
    format: 'eventgraph/1',
    source: {
      id: `source:${token}`,
      kind: 'ARTICLE',
      title: `Test story ${token}`,
      publisher: 'Test Wire',
      publishedAt: '2026-01-14T12:58:00-05:00',
      capturedAt: '2026-02-05',
      text,
    },
    actors: [
      { id: `person:alice-${token}`, kind: 'PERSON', name: `Alice ${token}`, aliases: ['Alice'] },
      { id: `person:bob-${token}`, kind: 'PERSON', name: `Bob ${token}` },
      { id: `place:exampleton-${token}`, kind: 'PLACE', subtype: 'city', name: 'Exampleton' },
      { id: `sector:widgets-${token}`, kind: 'SECTOR', name: 'widgets' },
    ],
    events: [
      {
        id: `event:meeting-${token}`,
        type: 'MEETING',
        title: 'Alice meets Bob',
        status: 'HAPPENED',
        time: { expression: 'on Monday', tense: 'past' },
        place: `place:exampleton-${token}`,
        participants: [
          { actor: `person:alice-${token}`, role: 'AGENT' },
          { actor: `person:bob-${token}`, role: 'COUNTERPART' },
        ],
        sectors: [`sector:widgets-${token}`],
        evidence: { sentence: `Alice ${token} met Bob ${token} in Exampleton on Monday.` },
      },
    ],
    statements: [
      {
        id: `statement:agreed-${token}`,
        kind: 'QUOTE',
        text: 'We agreed on everything,',
        speaker: `person:alice-${token}`,
        // The quote's own sentence has no date: the time claim names the sentence that dates it.
        said: {
          expression: 'on Monday',
          tense: 'past',
          evidence: { sentence: `Alice ${token} met Bob ${token} in Exampleton on Monday.` },
        },
        about: [`event:meeting-${token}`, `person:bob-${token}`],
        evidence: { sentence: `"We agreed on everything," Alice ${token} said.` },
      },
    ],
  };
}

let counter = 0;
/** A token unique within the test run, usable inside ids (lowercase letters and digits). */
export function uniqueToken(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter}`;
}
