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

  it('dates each thing by the sentence that dates it: words not in their sentence are refused', () => {
    const doc = smallDocument('words');
    doc.events[0].time = { expression: 'on Tuesday', tense: 'past' };
    doc.statements[0].said = { expression: 'on Monday', tense: 'past' };
    expect(problemsOf(doc)).toEqual([
      expect.stringMatching(
        /^events\[0\]\.time\.expression: "on Tuesday" is not in the sentence that is its evidence/,
      ),
      expect.stringMatching(
        /^statements\[0\]\.said\.expression: "on Monday" is not in the sentence that is its evidence/,
      ),
    ]);
  });

  it('takes a policy form for what a source leaves undated, and says it is not the words', () => {
    const doc = smallDocument('undated');
    doc.statements[0].said = { expression: 'undated, before publication' };
    const [claim] = parseDocument(doc, 'doc.json').statements[0]!.said.claims;
    expect([claim?.stated, claim?.time.precision, claim?.time.label]).toEqual([
      false,
      'window',
      'within 14 Oct 2025 – 14 Jan 2026',
    ]);
  });

  it("keeps every time claim: the fact's own words and a further outside one, the more precise as best", () => {
    const doc = smallDocument('claims');
    doc.externalSources = [{ id: 'source:claims-ref', kind: 'REFERENCE', title: 'Minutes' }];
    doc.events[0].timeClaims = [
      {
        expression: '2026-01-12T10:00',
        evidence: { outsideArticle: true, source: 'source:claims-ref', note: 'Met at ten.' },
      },
    ];
    const { claims, value } = parseDocument(doc, 'doc.json').events[0]!.time;
    expect(claims.map((c) => [c.time.expression, c.best, c.stated, c.sourceKind])).toEqual([
      ['on Monday', false, true, 'ARTICLE'],
      ['2026-01-12T10:00', true, false, 'REFERENCE'],
    ]);
    expect(value.precision).toBe('instant');
    delete doc.events[0].timeClaims[0].evidence;
    expect(problemsOf(doc)).toEqual([
      'events[0].timeClaims[0].evidence: a further time claim needs its own evidence',
    ]);
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

  it('records whether a link is stated or inferred, and refuses a cue that is not in its evidence', () => {
    const doc = smallDocument('cues');
    const sentence = `Alice cues met Bob cues in Exampleton on Monday.`;
    doc.events.push({ ...doc.events[0], id: 'event:second-cues', title: 'A second meeting' });
    const link = (extra: Record<string, unknown>) => ({
      from: 'event:meeting-cues',
      type: 'FOLLOWED_BY',
      to: 'event:second-cues',
      evidence: { sentence },
      ...extra,
    });
    doc.eventLinks = [link({ modality: 'STATED', cue: 'met Bob' })];
    expect(parseDocument(doc, 'doc.json').eventLinks[0]).toMatchObject({
      modality: 'STATED',
      cue: 'met Bob',
    });
    doc.eventLinks = [
      link({ modality: 'STATED', cue: 'in retaliation for' }),
      link({ modality: 'INFERRED', cue: 'met Bob' }),
      link({ modality: 'STATED', cue: 'met Bob', inference: 'a guess' }),
      link({ cue: 'met Bob' }),
    ];
    expect(problemsOf(doc)).toEqual([
      expect.stringMatching(
        /^eventLinks\[1\]\.inference: an INFERRED link must say what was read into its cue/,
      ),
      expect.stringMatching(/^eventLinks\[2\]\.inference: a STATED link needs no inference/),
      expect.stringMatching(/^eventLinks\[3\]\.modality: /),
    ]);
    doc.eventLinks = [link({ modality: 'STATED', cue: 'in retaliation for' })];
    expect(problemsOf(doc)).toEqual([
      'eventLinks[0].cue: "in retaliation for" is not in the evidence: a cue must quote the words it rests on',
    ]);
  });

  it('marks an implied event INFERRED with the words it rests on, which must be in its sentence', () => {
    const doc = smallDocument('implied');
    doc.events[0].implied = { cue: 'met Bob', inference: 'a meeting implies an invitation' };
    expect(parseDocument(doc, 'doc.json').events[0]!.implied).toEqual({
      cue: 'met Bob',
      inference: 'a meeting implies an invitation',
    });
    doc.events[0].implied = { cue: 'invited', inference: 'a meeting implies an invitation' };
    expect(problemsOf(doc)).toEqual([
      'events[0].implied.cue: "invited" is not in the evidence: a cue must quote the words it rests on',
    ]);
  });

  it('names the file and says nothing was written when JSON cannot be read', () => {
    expect(storyText('x')).toContain('Alice x');
    expect(() => parseDocument(undefined, 'empty.json')).toThrow(
      /^empty\.json was refused, nothing was written/,
    );
  });
});
