import { DateTime } from 'luxon';
import { describeChange } from '../../../src/mutations/changes';
import { inputPath, prepareFact, type EventInput } from '../../../src/mutations/fact-document';
import { storyText } from '../../support/documents';
import type { StoredSource } from '../../../src/model/stored';

const token = 'unit';
/** A source as the database gives it back: DateTimes converted to luxon, text stored. */
const stored = {
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
const reference = { id: 'source:ref', kind: 'REFERENCE', title: 'A wire story', timeZone: 'America/Toronto' };
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

describe('one fact checked as a one-fact document of its stored source', () => {
  it('locates the sentence in the stored text and resolves relative times against the publication', () => {
    const outcome = prepareFact('event', event(), sources);
    expect(outcome.problems).toEqual([]);
    const prepared = outcome.prepared!;
    expect(prepared.events[0]!.evidence).toMatchObject({
      sourceId: 'source:unit',
      charStart: storyText(token).indexOf('The talks'),
      outsideArticle: false,
    });
    expect(prepared.events[0]!.time.value.start.toISODate()).toBe('2026-01-12');
    expect(prepared.externalActorRefs.get('person:alice-unit')).toEqual(['events[0].participants[0].actor']);
  });

  it('names problems by their place in the input, and an unknown source as an unknown id', () => {
    const bad = prepareFact(
      'event',
      event({
        time: { expression: 'on Blursday' },
        evidence: { source: 'source:unit', sentence: 'Nobody said this.' },
      }),
      sources,
    );
    expect(bad.problems.map((p) => p.path)).toEqual(['input.evidence.sentence', 'input.time.expression']);
    const unknown = prepareFact(
      'event',
      event({ evidence: { source: 'source:none', sentence: 'x' } }),
      sources,
    );
    expect(unknown.problems).toEqual([
      { path: 'input.evidence.source', message: "unknown source id 'source:none'", code: 'UNKNOWN_ID' },
    ]);
  });

  it('takes an outside reference with an absolute date, and puts a separate time source among the external sources', () => {
    const outside = prepareFact(
      'event',
      event({ time: { expression: '2018-12-01' }, evidence: { source: 'source:ref', note: 'It says so.' } }),
      sources,
    );
    expect(outside.prepared!.events[0]!.evidence).toMatchObject({
      outsideArticle: true,
      note: 'It says so.',
    });
    const timed = prepareFact(
      'event',
      event({ time: { expression: '2026-01-12', evidence: { source: 'source:ref', note: 'The date.' } } }),
      sources,
    );
    expect(timed.prepared!.events[0]!.time.evidence).toMatchObject({
      sourceId: 'source:ref',
      outsideArticle: true,
    });
    const articleForTime = prepareFact(
      'statement',
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

  it('maps document paths back to the input', () => {
    const toInput = inputPath('statement');
    expect(toInput('statements[0].about[1]')).toBe('input.about[1]');
    expect(toInput('statements[0]')).toBe('input');
    expect(toInput('source.timeZone')).toBe('input.evidence.source');
    expect(toInput('externalSources[0].kind')).toBe('input.said.evidence.source');
  });
});

describe('what an upsert changed', () => {
  const stub = (id: string) => ({ id, name: id });
  const before = {
    id: 'event:e',
    type: 'MEETING',
    title: 'Old',
    status: 'HAPPENED',
    timeExpression: 'on Monday',
    timeEdtf: '2026-01-12',
    timeLabel: '12 Jan 2026',
    participants: [{ role: 'AGENT', actor: stub('person:a'), evidence: {} }],
    sectors: [],
    evidence: [{ aspect: 'event', sourceId: 's', sentence: 'x', charStart: 0, charEnd: 1 }],
  };

  it('lists only the fields that differ, with values as analysts see them', () => {
    const after = {
      ...before,
      title: 'New',
      participants: [...before.participants, { role: 'COUNTERPART', actor: stub('person:b') }],
    };
    expect(describeChange('event', before, after)).toEqual({
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
    const reordered = { ...before, participants: [...before.participants].reverse() };
    expect(describeChange('event', before, reordered)).toEqual({ change: 'UNCHANGED', changes: [] });
    const created = describeChange('event', null, before);
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
