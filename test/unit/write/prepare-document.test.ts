import { DocumentRejectedError } from '../../../src/model/problems';
import { parseDocument } from '../../../src/ingest/read-document';
import { smallDocument, storyText, type TestDocument } from '../../support/documents';

function problemsOf(doc: TestDocument): string[] {
  try {
    parseDocument(doc, 'doc.json');
  } catch (error) {
    if (error instanceof DocumentRejectedError) return error.problems.map((p) => `${p.path}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('document validation', () => {
  it('accepts a well-formed document and resolves its times against the publication time', () => {
    const prepared = parseDocument(smallDocument('ok'), 'doc.json');
    expect(prepared.events[0]!.time.value.start.toISODate()).toBe('2026-01-12');
    expect(prepared.events[0]!.time.value.precision).toBe('day');
    expect(prepared.events[0]!.evidence).toMatchObject({
      sourceId: 'source:ok',
      charStart: 0,
      outsideArticle: false,
    });
  });

  it('lists every schema problem with its path in the file, not only the first', () => {
    const doc = smallDocument('bad');
    doc.actors[0].id = 'Alice';
    doc.actors[1].kind = 'ROBOT';
    doc.events[0].participants = [];
    delete doc.events[0].time;
    expect(problemsOf(doc)).toEqual([
      'actors[0].id: must be a stable id such as "person:mark-carney" (prefix:lowercase-slug)',
      expect.stringMatching(/^actors\[1\]\.kind: Invalid option/),
      'events[0].time: Invalid input: expected object, received undefined',
      'events[0].participants: an event needs at least one participant',
    ]);
  });

  it('refuses sentences that are not in the source text, quotes outside their sentence, and unreadable times', () => {
    const doc = smallDocument('prov');
    doc.events[0].evidence.sentence = 'Alice met Bob somewhere else.';
    doc.statements[0].text = 'We disagreed';
    doc.statements[0].said.expression = 'the other day';
    const problems = problemsOf(doc);
    expect(problems).toContain(
      "events[0].evidence.sentence: not found word for word in the text of 'source:prov'",
    );
    expect(problems).toContain(
      'statements[0].text: a QUOTE must appear word for word in its evidence sentence',
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^statements\[0\]\.said\.expression: Cannot read time expression "the other day"/,
      ),
    );
  });

  it('refuses duplicate ids and references of the wrong kind', () => {
    const doc = smallDocument('dup');
    doc.actors.push({ ...doc.actors[0] });
    doc.events[0].place = 'person:bob-dup';
    doc.events[0].sectors = ['place:exampleton-dup'];
    expect(problemsOf(doc)).toEqual([
      "actors[4].id: duplicate id 'person:alice-dup' (first declared at actors[0].id)",
      "events[0].place: 'person:bob-dup' is a PERSON, a PLACE is needed here",
      "events[0].sectors[0]: 'place:exampleton-dup' is a PLACE, a SECTOR is needed here",
    ]);
  });

  it('accepts a fact from outside the article only through a declared REFERENCE source', () => {
    const doc = smallDocument('ref');
    doc.events[0].time = {
      expression: '2026-01-12',
      evidence: { outsideArticle: true, source: 'source:ref-wire', note: 'The wire dates the meeting.' },
    };
    expect(problemsOf(doc)).toEqual(["events[0].time.evidence.source: unknown source 'source:ref-wire'"]);
    doc.externalSources = [{ id: 'source:ref-wire', kind: 'REFERENCE', title: 'Wire report' }];
    const prepared = parseDocument(doc, 'doc.json');
    expect(prepared.events[0]!.time.evidence).toMatchObject({
      sourceId: 'source:ref-wire',
      outsideArticle: true,
    });
  });

  it('names the file and says nothing was written when JSON cannot be read', () => {
    expect(storyText('x')).toContain('Alice x');
    expect(() => parseDocument(undefined, 'empty.json')).toThrow(
      /^empty\.json was refused, nothing was written/,
    );
  });
});
