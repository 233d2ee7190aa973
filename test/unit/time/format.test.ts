import {
  earliest,
  endBounds,
  formatLabel,
  invariantViolations,
  latest,
  ongoingSince,
  resolveTime,
  startBounds,
  toEdtf,
} from '../../../src/time';
import { reference, told } from './fixtures';

const past = told('past');

describe('labels and EDTF', () => {
  it.each([
    ['spring 2025', '2025-25', 'spring 2025'],
    ['14 January 2026', '2026-01-14', '14 Jan 2026'],
    ['2022', '2022', '2022'],
    ['January 2026', '2026-01', 'Jan 2026'],
    ['the 2010s', '201X', '2010s'],
    ['winter 2025', '2025-28', 'winter 2025–26'],
    ['September 2025', '2025-09', 'Sep 2025'],
  ])("'%s' has EDTF %s and label '%s'", (expression, edtf, label) => {
    const f = resolveTime(expression, past);
    expect([toEdtf(f), formatLabel(f), f.edtf, f.label]).toEqual([edtf, label, edtf, label]);
  });

  it("twenty days from Wednesday 14 Jan 2026, a range across months in one year, reads '14 Jan – 2 Feb 2026' (its days, inclusive)", () => {
    const f = resolveTime('20 days', told('future', resolveTime('on Wednesday', past)));
    expect([f.edtf, f.label]).toEqual(['2026-01-14/2026-02-02', '14 Jan – 2 Feb 2026']);
  });

  it("a hedged duration says its end only as finely as its words: nearly three years from 10 Dec 2018 is '10 Dec 2018 – c. 2021', YEAR, approximate", () => {
    const f = resolveTime('nearly three years', told('past', resolveTime('December 10, 2018', past)));
    expect([f.edtf, f.label, f.precision, f.approximate]).toEqual([
      '2018-12-10/2021~',
      '10 Dec 2018 – c. 2021',
      'year',
      true,
    ]);
  });

  it("'last week' is the ISO week before, 5–11 Jan 2026, at WEEK precision", () => {
    const f = resolveTime('last week', past);
    expect([f.precision, f.edtf, f.label]).toEqual(['week', '2026-01-05/2026-01-11', 'week of 5 Jan 2026']);
  });
});

describe('an open-ended interval such as tariffs "in force" since October 2025', () => {
  const tariffs = ongoingSince(resolveTime('October 2025', past), reference, 'in force');

  it("is written '2025-10/..' and labelled 'since Oct 2025'", () => {
    expect([tariffs.edtf, tariffs.label]).toEqual(['2025-10/..', 'since Oct 2025']);
  });

  it('has no end and no latest end, but cannot have ended before the reference that reports it in force', () => {
    expect([tariffs.end, tariffs.latestEnd, tariffs.earliestEnd?.toISO()]).toEqual([
      null,
      null,
      reference.toISO(),
    ]);
  });

  it('keeps every FuzzyTime invariant', () => {
    expect(invariantViolations(tariffs)).toEqual([]);
  });

  it('has an earliest instant, 1 Oct 2025, and no latest one', () => {
    expect([earliest(tariffs).toISO(), latest(tariffs), endBounds(tariffs)]).toEqual([
      '2025-10-01T00:00:00.000-04:00',
      null,
      null,
    ]);
  });

  it('started by 1 Nov 2025 at the latest', () => {
    expect(startBounds(tariffs).latest.toISO()).toBe('2025-11-01T00:00:00.000-04:00');
  });
});

describe('earliest and latest of a point event', () => {
  it("'last spring' touches nothing before 1 Mar 2025 and nothing after 1 Jun 2025", () => {
    const f = resolveTime('last spring', past);
    expect([earliest(f).toISO(), latest(f)?.toISO()]).toEqual([
      '2025-03-01T00:00:00.000-05:00',
      '2025-06-01T00:00:00.000-04:00',
    ]);
  });
});
