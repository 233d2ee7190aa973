import { DateTime } from 'luxon';
import {
  ALLEN_RELATIONS,
  ongoingSince,
  relate,
  resolveTime,
  type AllenRelation,
  type FuzzyTime,
} from '../../../src/time';
import { reference, told } from './fixtures';

const past = told('past');
const at = (expression: string, tense: 'past' | 'future' = 'past') => resolveTime(expression, told(tense));
const detention = (from: string) => resolveTime('for nearly three years', told('past', at(from)));
const tariffs = () => ongoingSince(at('October 2025'), reference, 'in force');

/** An interval known exactly, [from, to). */
function exact(from: string, to: string): FuzzyTime {
  const s = DateTime.fromISO(from, { zone: 'America/Toronto' });
  const e = DateTime.fromISO(to, { zone: 'America/Toronto' });
  return {
    expression: `${from}/${to}`,
    edtf: '',
    label: '',
    precision: 'instant',
    approximate: false,
    lasting: null,
    start: s,
    end: e,
    earliestStart: s,
    latestStart: s,
    earliestEnd: e,
    latestEnd: e,
  };
}

describe('relate() with exactly known intervals gives the textbook Allen relation', () => {
  const b = exact('2026-01-10', '2026-01-20');
  it.each<[AllenRelation, string, string]>([
    ['before', '2026-01-01', '2026-01-05'],
    ['meets', '2026-01-01', '2026-01-10'],
    ['overlaps', '2026-01-01', '2026-01-15'],
    ['starts', '2026-01-10', '2026-01-15'],
    ['during', '2026-01-12', '2026-01-15'],
    ['finishes', '2026-01-12', '2026-01-20'],
    ['equals', '2026-01-10', '2026-01-20'],
    ['finishedBy', '2026-01-01', '2026-01-20'],
    ['contains', '2026-01-01', '2026-01-25'],
    ['startedBy', '2026-01-10', '2026-01-25'],
    ['overlappedBy', '2026-01-12', '2026-01-25'],
    ['metBy', '2026-01-20', '2026-01-25'],
    ['after', '2026-01-22', '2026-01-25'],
  ])('an interval that is %s [10 Jan, 20 Jan) is certainly %s', (relation, from, to) => {
    const r = relate(exact(from, to), b);
    expect([r.possible, r.certain]).toEqual([[relation], relation]);
  });

  it('names all 13 relations', () => {
    expect(ALLEN_RELATIONS).toHaveLength(13);
  });
});

describe('relate() on the story, when the reference is Wednesday 14 Jan 2026', () => {
  it("'on Monday' (12 Jan) is certainly before 'on Wednesday' (14 Jan)", () => {
    expect(relate(at('on Monday'), at('on Wednesday'))).toEqual({
      possible: ['before'],
      certain: 'before',
      order: 'before',
      orderCertainty: 'certain',
    });
  });

  it("'Tuesday' is certainly ordered before 'Wednesday', though the two days may touch at midnight", () => {
    expect(relate(at('Tuesday'), at('Wednesday'))).toEqual({
      possible: ['before', 'meets'],
      certain: null,
      order: 'before',
      orderCertainty: 'certain',
    });
  });

  it("'on Friday' (future) is certainly after 'on Monday' (past)", () => {
    const r = relate(at('on Friday', 'future'), at('on Monday'));
    expect([r.certain, r.order, r.orderCertainty]).toEqual(['after', 'after', 'certain']);
  });

  it('two point events on the same day are unordered and possibly either way round', () => {
    const r = relate(at('on Wednesday'), resolveTime('2026-01-14', past));
    expect([r.possible, r.certain, r.order, r.orderCertainty]).toEqual([
      [...ALLEN_RELATIONS],
      null,
      'unordered',
      'possible',
    ]);
  });

  it("'last fall' is certainly before 'on Friday'", () => {
    const r = relate(at('last fall'), at('on Friday', 'future'));
    expect([r.certain, r.order, r.orderCertainty]).toEqual(['before', 'before', 'certain']);
  });

  it('a detention from December 2018 for nearly three years certainly contains the year 2020', () => {
    expect(relate(detention('December 2018'), at('2020'))).toEqual({
      possible: ['contains'],
      certain: 'contains',
      order: 'overlapping',
      orderCertainty: 'certain',
    });
  });

  it('a detention from 2018 for nearly three years certainly overlaps the year 2019, containing or starting with it', () => {
    expect(relate(detention('2018'), at('2019'))).toEqual({
      possible: ['contains', 'startedBy'],
      certain: null,
      order: 'overlapping',
      orderCertainty: 'certain',
    });
  });

  it('a detention from some time in 2018 for nearly three years may have ended before some event of 2020', () => {
    const r = relate(detention('2018'), at('2020'));
    expect([
      r.possible.includes('contains'),
      r.possible.includes('before'),
      r.order,
      r.orderCertainty,
    ]).toEqual([true, true, 'unordered', 'possible']);
  });

  it('spring 2025 and a day inside it are possibly during, starts, finishes or contains, but nothing is certain', () => {
    const r = relate(at('spring 2025'), at('14 April 2025'));
    expect(r.possible).toEqual(
      expect.arrayContaining<AllenRelation>(['during', 'starts', 'finishes', 'contains']),
    );
    expect([r.certain, r.order]).toEqual([null, 'unordered']);
  });

  it("tariffs 'in force' since October 2025 certainly contain Monday 12 Jan, a later day before the reference", () => {
    expect(relate(tariffs(), at('on Monday'))).toEqual({
      possible: ['contains'],
      certain: 'contains',
      order: 'overlapping',
      orderCertainty: 'certain',
    });
  });

  it("tariffs 'in force' since October 2025 may or may not still be in force on Friday 16 Jan", () => {
    expect(relate(tariffs(), at('on Friday', 'future'))).toEqual({
      possible: ['before', 'meets', 'overlaps', 'finishedBy', 'contains'],
      certain: null,
      order: 'unordered',
      orderCertainty: 'possible',
    });
  });

  it('the relation of b to a is the converse of the relation of a to b', () => {
    const converse: Record<AllenRelation, AllenRelation> = {
      before: 'after',
      meets: 'metBy',
      overlaps: 'overlappedBy',
      starts: 'startedBy',
      during: 'contains',
      finishes: 'finishedBy',
      equals: 'equals',
      finishedBy: 'finishes',
      contains: 'during',
      startedBy: 'starts',
      overlappedBy: 'overlaps',
      metBy: 'meets',
      after: 'before',
    };
    const a = detention('2018');
    const b = at('2020');
    expect(relate(b, a).possible.sort()).toEqual(
      relate(a, b)
        .possible.map((r) => converse[r])
        .sort(),
    );
  });
});

describe('relate() when two intervals may touch or overlap but never lie apart', () => {
  it('they are unordered with no order certainty', () => {
    const a = exact('2026-01-01', '2026-01-10');
    const b: FuzzyTime = {
      ...exact('2026-01-10', '2026-01-20'),
      latestStart: DateTime.fromISO('2026-01-10', { zone: 'America/Toronto' }),
    };
    const r = relate({ ...a, latestEnd: DateTime.fromISO('2026-01-12', { zone: 'America/Toronto' }) }, b);
    expect([r.possible, r.order, r.orderCertainty]).toEqual([['meets', 'overlaps'], 'unordered', 'none']);
  });
});
