import { documentSchema } from '../../../src/model/document-schema';
import { contradictionsOf, corpus, prepare } from './corpus-support';

describe('generated documents go through the real ingest checks', () => {
  const generated = [...corpus(4000, 1), ...corpus(2000, 77)];

  it('are valid against the document schema', () => {
    const failures = generated.flatMap((g) => {
      const parsed = documentSchema.safeParse(JSON.parse(JSON.stringify(g.document)));
      return parsed.success ? [] : [`${g.document.source.id}: ${parsed.error.message}`];
    });
    expect(failures).toEqual([]);
  });

  it('pass the FactChecker: every sentence in its source, every time word in its sentence, every time resolvable', () => {
    const problems = generated.flatMap((g) => prepare(g).problems.map((p) => `${g.document.source.id} ${p}`));
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('refer only to what they declare, so each loads into an empty database', () => {
    const needs = generated.flatMap((g) => {
      const { prepared } = prepare(g);
      return prepared
        ? [...prepared.references.actors.keys(), ...prepared.references.events.keys()]
        : ['unprepared'];
    });
    expect(needs).toEqual([]);
  });

  it('make no time contradiction: causes start before effects, parts lie inside their whole', () => {
    const contradictions = generated.flatMap((g) => {
      const { prepared } = prepare(g);
      return prepared ? contradictionsOf(prepared) : [];
    });
    expect(contradictions.slice(0, 5)).toEqual([]);
  });
});
