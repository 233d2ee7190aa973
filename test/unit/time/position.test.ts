import { liesAt, ongoingSince, relate, resolveTime, type Position } from '../../../src/time';
import { reference, told } from './fixtures';

const at = (expression: string) => resolveTime(expression, told('past'));
/** The Beijing visit, 13 to 17 January 2026 (days known exactly). */
const visit = (() => {
  const first = at('2026-01-13');
  const end = at('2026-01-18').start;
  return { ...first, end, earliestEnd: end, latestEnd: end };
})();

describe('liesAt() reads a fuzzy relation as analysts ask: before, after, during, overlapping', () => {
  const cases: Array<[string, ReturnType<typeof at>, Position, boolean, boolean]> = [
    // [what, other event, position, certainly?, expected]
    ['2018 lies certainly before the visit', at('2018'), 'BEFORE', true, true],
    ['2018 is not after the visit, even possibly', at('2018'), 'AFTER', false, false],
    ['the Friday of the visit lies certainly during it', at('2026-01-16'), 'DURING', true, true],
    ['the Friday of the visit is not before it', at('2026-01-16'), 'BEFORE', false, false],
    ['January 2026 only possibly lies before the visit', at('January 2026'), 'BEFORE', false, true],
    ['January 2026 does not certainly lie before the visit', at('January 2026'), 'BEFORE', true, false],
    [
      'January 2026 certainly overlaps... no: it may lie wholly before it',
      at('January 2026'),
      'OVERLAPPING',
      true,
      false,
    ],
    ['January 2026 possibly overlaps the visit', at('January 2026'), 'OVERLAPPING', false, true],
    ['a moment somewhere in 2026 possibly lies during the visit', at('2026'), 'DURING', false, true],
    ['a moment somewhere in 2026 does not certainly lie during it', at('2026'), 'DURING', true, false],
  ];
  it.each(cases)('%s', (_what, other, position, certainly, expected) => {
    expect(liesAt(position, certainly, relate(other, visit))).toBe(expected);
  });

  it('counts a tariff in force since October 2025, and still in force on the 14th, as certainly overlapping the visit', () => {
    const tariffs = ongoingSince(at('October 2025'), reference, 'in force');
    const relation = relate(tariffs, visit);
    expect(liesAt('OVERLAPPING', true, relation)).toBe(true);
    expect(liesAt('BEFORE', false, relation)).toBe(false);
    expect(liesAt('DURING', false, relation)).toBe(false);
  });

  it('says nothing lies anywhere when the bounds are inconsistent', () => {
    expect(
      liesAt('BEFORE', false, { possible: [], certain: null, order: 'unordered', orderCertainty: 'none' }),
    ).toBe(false);
  });
});

describe('liesAt() reads every possible relation, wherever it comes in the list', () => {
  it('counts an event as possibly after when AFTER is only the last of several possible relations', () => {
    const relation = {
      possible: ['during', 'finishes', 'overlappedBy', 'metBy', 'after'],
      certain: null,
      order: 'unordered',
      orderCertainty: 'possible',
    } as const;
    expect(liesAt('AFTER', false, { ...relation, possible: [...relation.possible] })).toBe(true);
  });
});
