import { invariantViolations, resolveTime, TimeExpressionError } from '../../../src/time';
import { summary, told } from './fixtures';

const EST = '-05:00';
const EDT = '-04:00';
const past = told('past');
const year2018 = resolveTime('2018', past);
const dec2018 = resolveTime('December 2018', past);
const wednesday = resolveTime('on Wednesday', past);

describe('durations measured from an anchor', () => {
  it("a detention from 2018 'for nearly three years' ends between 2018 + (3 years − 164 days) and 2019 + 3 years", () => {
    expect(summary(resolveTime('for nearly three years', told('past', year2018)))).toEqual({
      precision: 'year',
      edtf: '2018/2021~',
      label: '2018 – c. 2021',
      start: `2018-01-01T00:00:00.000${EST}`,
      end: `2021-01-01T00:00:00.000${EST}`,
      earliestStart: `2018-01-01T00:00:00.000${EST}`,
      latestStart: `2019-01-01T00:00:00.000${EST}`,
      earliestEnd: `2020-07-21T00:00:00.000${EDT}`,
      latestEnd: `2022-01-01T00:00:00.000${EST}`,
    });
  });

  it("'nearly three years' without 'for' reads the same", () => {
    expect(summary(resolveTime('nearly three years', told('past', year2018)))).toEqual(
      summary(resolveTime('for nearly three years', told('past', year2018))),
    );
  });

  it("a detention from December 2018 'for nearly three years' ends between June and December 2021", () => {
    const f = resolveTime('for nearly three years', told('past', dec2018));
    expect([f.edtf, f.label, f.earliestEnd?.toISO(), f.latestEnd?.toISO()]).toEqual([
      '2018-12/2021~',
      'Dec 2018 – c. 2021',
      `2021-06-20T00:00:00.000${EDT}`,
      `2022-01-01T00:00:00.000${EST}`,
    ]);
  });

  it("'for three years' from 2018 ends somewhere in 2021, as wide as the anchor's year", () => {
    expect(summary(resolveTime('for three years', told('past', year2018)))).toEqual({
      precision: 'year',
      edtf: '2018/2021',
      label: '2018–2021',
      start: `2018-01-01T00:00:00.000${EST}`,
      end: `2021-01-01T00:00:00.000${EST}`,
      earliestStart: `2018-01-01T00:00:00.000${EST}`,
      latestStart: `2019-01-01T00:00:00.000${EST}`,
      earliestEnd: `2021-01-01T00:00:00.000${EST}`,
      latestEnd: `2022-01-01T00:00:00.000${EST}`,
    });
  });

  it("'about three years' from 2018 pads the end by 110 days (10%) either way", () => {
    const f = resolveTime('about three years', told('past', year2018));
    expect([f.earliestEnd?.toISO(), f.latestEnd?.toISO()]).toEqual([
      `2020-09-13T00:00:00.000${EDT}`,
      `2022-04-21T00:00:00.000${EDT}`,
    ]);
  });

  it("'over three years' from 2018 pads the end by 164 days (15%) upwards only", () => {
    const f = resolveTime('over three years', told('past', year2018));
    expect([f.earliestEnd?.toISO(), f.latestEnd?.toISO()]).toEqual([
      `2021-01-01T00:00:00.000${EST}`,
      `2022-06-14T00:00:00.000${EDT}`,
    ]);
  });

  it("'two days' from Wednesday 14 Jan 2026 is the DAY_RANGE 14–15 Jan 2026 (the end is exclusive)", () => {
    expect(summary(resolveTime('two days', told('future', wednesday)))).toEqual({
      precision: 'day_range',
      edtf: '2026-01-14/2026-01-15',
      label: '14–15 Jan 2026',
      start: `2026-01-14T00:00:00.000${EST}`,
      end: `2026-01-16T00:00:00.000${EST}`,
      earliestStart: `2026-01-14T00:00:00.000${EST}`,
      latestStart: `2026-01-15T00:00:00.000${EST}`,
      earliestEnd: `2026-01-16T00:00:00.000${EST}`,
      latestEnd: `2026-01-17T00:00:00.000${EST}`,
    });
  });

  it("digits work as well as words: '2 days' equals 'two days'", () => {
    expect(summary(resolveTime('2 days', told('future', wednesday)))).toEqual(
      summary(resolveTime('two days', told('future', wednesday))),
    );
  });

  it.each([
    ['for nearly three years', year2018],
    ['for three years', year2018],
    ['about three years', dec2018],
    ['over twelve months', dec2018],
    ['two days', wednesday],
    ['a week', wednesday],
  ] as const)("'%s' keeps every FuzzyTime invariant", (expression, anchor) => {
    expect(invariantViolations(resolveTime(expression, told('past', anchor)))).toEqual([]);
  });

  it('a duration without an anchor throws a TimeExpressionError saying an anchor is needed', () => {
    expect(() => resolveTime('for nearly three years', past)).toThrow(TimeExpressionError);
    expect(() => resolveTime('for nearly three years', past)).toThrow(/anchor/);
  });
});
