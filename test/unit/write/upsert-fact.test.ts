import { DateTime } from 'luxon';
import { parseDocument } from '../../../src/ingest/read-document';
import { DocumentRejectedError, type Problem } from '../../../src/model/problems';
import type { StoredEvent, StoredSource } from '../../../src/model/stored';
import { describeChange, eventFields } from '../../../src/write/changes';
import type { EventInput } from '../../../src/write/fact-input';
import { EVENT_UPSERT, prepareFact, STATEMENT_UPSERT } from '../../../src/write/upsert-fact';
import { smallDocument, storyText } from '../../support/documents';

const token = 'unit';
/** A source as the database gives it back: DateTimes converted to luxon, text stored. */
const stored: StoredSource = {
  id: 'source:unit',
  kind: 'ARTICLE',
  title: 'Test story',
  publishedAt: DateTime.fromISO('2026-01-14T12:58:00-05:00', { setZone: true }),
  capturedAt: '2026-02-05',
  timeZone: 'America/Toronto',
  text: storyText(token),
  textSha256: 'ignored',
  recordedAt: DateTime.now(),
  publisher: null,
};
const reference: StoredSource = {
  id: 'source:ref',
  kind: 'REFERENCE',
  title: 'A wire story',
  timeZone: 'America/Toronto',
};
const sources = new Map<string, StoredSource>([
  ['source:unit', stored],
  ['source:ref', reference],
]);

function event(changes: Partial<EventInput> = {}): EventInput {
  return {
    id: 'event:talks-unit',
    type: 'NEGOTIATION',
    title: 'Talks',
    status: 'HAPPENED',
    time: { expression: 'on Monday', tense: 'PAST' },
    participants: [{ actor: 'person:alice-unit', role: 'AGENT', mentionedAs: null }],
    sectors: null,
    description: null,
    evidence: { source: 'source:unit', sentence: 'The talks raised tariffs on widgets.', note: null },
    ...changes,
  };
}

describe('one fact checked alone, by the rules of its kind, against its stored source', () => {
  it('locates the sentence in the stored text and resolves relative times against the publication', () => {
    const outcome = prepareFact(EVENT_UPSERT, event(), sources);
    expect(outcome.problems).toEqual([]);
    const fact = outcome.prepared!;
    expect(fact.prepared.evidence).toMatchObject({
      sourceId: 'source:unit',
      charStart: storyText(token).indexOf('The talks'),
      outsideArticle: false,
    });
    expect(fact.prepared.time.value.start.toISODate()).toBe('2026-01-12');
    expect(fact.references.actors.get('person:alice-unit')).toEqual(['input.participants[0].actor']);
    expect(fact.declared).toEqual({
      sources: ['source:unit'],
      actors: [],
      events: ['event:talks-unit'],
      statements: [],
    });
  });

  it('names problems by their place in the input, and an unknown source as an unknown id', () => {
    const bad = prepareFact(
      EVENT_UPSERT,
      event({
        time: { expression: 'on Blursday' },
        evidence: { source: 'source:unit', sentence: 'Nobody said this.' },
      }),
      sources,
    );
    expect(bad.problems.map((p) => p.path)).toEqual(['input.evidence.sentence', 'input.time.expression']);
    const unknown = prepareFact(
      EVENT_UPSERT,
      event({ evidence: { source: 'source:none', sentence: 'x' } }),
      sources,
    );
    expect(unknown.problems).toEqual([
      { path: 'input.evidence.source', message: "unknown source id 'source:none'", code: 'UNKNOWN_ID' },
    ]);
    const schema = prepareFact(EVENT_UPSERT, event({ id: 'Talks', participants: [] }), sources);
    expect(schema.problems).toEqual([
      {
        path: 'input.id',
        message: 'must be a stable id such as "person:mark-carney" (prefix:lowercase-slug)',
      },
      { path: 'input.participants', message: 'an event needs at least one participant' },
    ]);
  });

  it('takes an outside reference with an absolute date, and a REFERENCE source for its time only', () => {
    const outside = prepareFact(
      EVENT_UPSERT,
      event({ time: { expression: '2018-12-01' }, evidence: { source: 'source:ref', note: 'It says so.' } }),
      sources,
    );
    expect(outside.prepared!.prepared.evidence).toMatchObject({
      outsideArticle: true,
      note: 'It says so.',
    });
    const timed = prepareFact(
      EVENT_UPSERT,
      event({ time: { expression: '2026-01-12', evidence: { source: 'source:ref', note: 'The date.' } } }),
      sources,
    );
    expect(timed.prepared!.prepared.time.evidence).toMatchObject({
      sourceId: 'source:ref',
      outsideArticle: true,
    });
    const articleForTime = prepareFact(
      STATEMENT_UPSERT,
      {
        id: 'statement:s-unit',
        kind: 'REPORTED',
        text: 'x',
        speaker: 'person:alice-unit',
        said: {
          expression: '2026-01-12',
          evidence: { source: 'source:unit', sentence: 'The talks raised tariffs on widgets.' },
        },
        evidence: { source: 'source:ref', note: 'Reported.' },
      },
      sources,
    );
    expect(articleForTime.problems.map((p) => p.path)).toEqual(['input.said.evidence.source']);
  });

  it('refuses evidence with both a sentence and a note, or neither, at the evidence', () => {
    const both = prepareFact(
      EVENT_UPSERT,
      event({
        evidence: { source: 'source:unit', sentence: 'The talks raised tariffs on widgets.', note: 'x' },
      }),
      sources,
    );
    expect(both.problems).toEqual([{ path: 'input.evidence', message: expect.stringContaining('not both') }]);
    const neither = prepareFact(EVENT_UPSERT, event({ evidence: { source: 'source:unit' } }), sources);
    expect(neither.problems).toEqual([{ path: 'input.evidence', message: expect.stringContaining('or,') }]);
  });
});

describe('a fact alone and the same fact in a document', () => {
  /** The document's problems for its first event, with the path made relative to that event. */
  function inDocument(change: (doc: ReturnType<typeof smallDocument>) => void): Problem[] {
    const doc = smallDocument(token);
    change(doc);
    try {
      parseDocument(doc, 'doc.json');
      return [];
    } catch (error) {
      if (!(error instanceof DocumentRejectedError)) throw error;
      return error.problems.map((p) => ({ ...p, path: p.path.replace(/^events\[0\]/, '') }));
    }
  }
  function alone(input: EventInput): Problem[] {
    return prepareFact(EVENT_UPSERT, input, sources).problems.map((p) => ({
      ...p,
      path: p.path.replace(/^input/, ''),
    }));
  }
  const meeting = (changes: Partial<EventInput>) =>
    event({
      id: `event:meeting-${token}`,
      evidence: {
        source: 'source:unit',
        sentence: `Alice ${token} met Bob ${token} in Exampleton on Monday.`,
      },
      ...changes,
    });

  it.each([
    [
      'a sentence not in the source',
      (doc: ReturnType<typeof smallDocument>) => (doc.events[0].evidence.sentence = 'Alice met nobody.'),
      meeting({ evidence: { source: 'source:unit', sentence: 'Alice met nobody.' } }),
    ],
    [
      'a bad time expression',
      (doc: ReturnType<typeof smallDocument>) => (doc.events[0].time.expression = 'on Blursday'),
      meeting({ time: { expression: 'on Blursday' } }),
    ],
    [
      'an event that is part of itself',
      (doc: ReturnType<typeof smallDocument>) => (doc.events[0].partOf = `event:meeting-${token}`),
      meeting({ partOf: `event:meeting-${token}` }),
    ],
    [
      'a malformed id',
      (doc: ReturnType<typeof smallDocument>) => (doc.events[0].place = 'Exampleton'),
      meeting({ place: 'Exampleton' }),
    ],
  ])('gives the same problem for %s', (_name, change, input) => {
    const documentProblems = inDocument(change);
    expect(documentProblems).toHaveLength(1);
    expect(alone(input)).toEqual(documentProblems);
  });
});

describe('what an upsert changed', () => {
  const stub = (id: string) => ({ id, name: id, kind: 'PERSON' });
  const before: StoredEvent = {
    id: 'event:e',
    type: 'MEETING',
    title: 'Old',
    status: 'HAPPENED',
    timeExpression: 'on Monday',
    timeEdtf: '2026-01-12',
    timeLabel: '12 Jan 2026',
    participants: [{ role: 'AGENT', actor: stub('person:a'), evidence: { sourceId: 's' } }],
    sectors: [],
    evidence: [{ aspect: 'event', sourceId: 's', sentence: 'x', charStart: 0, charEnd: 1 }],
  };

  it('lists only the fields that differ, with values as analysts see them', () => {
    const after: StoredEvent = {
      ...before,
      title: 'New',
      participants: [
        ...(before.participants ?? []),
        { role: 'COUNTERPART', actor: stub('person:b'), evidence: { sourceId: 's' } },
      ],
    };
    expect(describeChange(eventFields, before, after)).toEqual({
      change: 'UPDATED',
      changes: [
        { field: 'title', before: 'Old', after: 'New' },
        {
          field: 'participants',
          before: [{ actor: 'person:a', role: 'AGENT', mentionedAs: null }],
          after: [
            { actor: 'person:a', role: 'AGENT', mentionedAs: null },
            { actor: 'person:b', role: 'COUNTERPART', mentionedAs: null },
          ],
        },
      ],
    });
  });

  it('ignores the order lists come back in, and reports a new fact with every field it sets', () => {
    const reordered = { ...before, participants: [...(before.participants ?? [])].reverse() };
    expect(describeChange(eventFields, before, reordered)).toEqual({ change: 'UNCHANGED', changes: [] });
    const created = describeChange(eventFields, null, before);
    expect(created.change).toBe('CREATED');
    expect(created.changes.map((c) => c.field)).toEqual([
      'type',
      'title',
      'status',
      'time',
      'participants',
      'evidence',
    ]);
    expect(created.changes.every((c) => c.before === null)).toBe(true);
  });
});
