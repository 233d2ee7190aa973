import { invariantViolations, parseDateArgument, TimeExpressionError } from '../../../src/time';
import { somewhereIn, summary } from './fixtures';

describe('parseDateArgument reads API date arguments in America/Toronto by default', () => {
  it("'2025' is the year 2025", () => {
    expect(summary(parseDateArgument('2025'))).toEqual(
      somewhereIn('year', '2025', '2025', '2025-01-01T00:00:00.000-05:00', '2026-01-01T00:00:00.000-05:00'),
    );
  });

  it("'2025-03' is the month March 2025", () => {
    expect(summary(parseDateArgument('2025-03'))).toEqual(
      somewhereIn(
        'month',
        '2025-03',
        'Mar 2025',
        '2025-03-01T00:00:00.000-05:00',
        '2025-04-01T00:00:00.000-04:00',
      ),
    );
  });

  it("'2025-03-14' is the day 14 March 2025", () => {
    expect(summary(parseDateArgument('2025-03-14'))).toEqual(
      somewhereIn(
        'day',
        '2025-03-14',
        '14 Mar 2025',
        '2025-03-14T00:00:00.000-04:00',
        '2025-03-15T00:00:00.000-04:00',
      ),
    );
  });

  it("'2025-03-14T10:00' is the instant 10:00 Toronto time, to the minute", () => {
    expect(summary(parseDateArgument('2025-03-14T10:00'))).toEqual(
      somewhereIn(
        'instant',
        '2025-03-14T10:00:00-04:00',
        '14 Mar 2025, 10:00',
        '2025-03-14T10:00:00.000-04:00',
        '2025-03-14T10:01:00.000-04:00',
      ),
    );
  });

  it("'2025-03-14T10:00:00Z' is the instant 06:00 Toronto time, to the second", () => {
    expect(summary(parseDateArgument('2025-03-14T10:00:00Z'))).toEqual(
      somewhereIn(
        'instant',
        '2025-03-14T06:00:00-04:00',
        '14 Mar 2025, 06:00',
        '2025-03-14T06:00:00.000-04:00',
        '2025-03-14T06:00:01.000-04:00',
      ),
    );
  });

  it("'2025-03-14T10:00:00-05:00' keeps its own offset and is 11:00 Toronto (daylight) time", () => {
    const f = parseDateArgument('2025-03-14T10:00:00-05:00');
    expect([f.precision, f.start.toISO(), f.start.toUTC().toISO()]).toEqual([
      'instant',
      '2025-03-14T11:00:00.000-04:00',
      '2025-03-14T15:00:00.000Z',
    ]);
  });

  it('another zone can be given: 2025-03-14 in Europe/Paris starts at 00:00 Paris time', () => {
    expect(parseDateArgument('2025-03-14', 'Europe/Paris').start.toISO()).toBe(
      '2025-03-14T00:00:00.000+01:00',
    );
  });

  it.each(['2025', '2025-03', '2025-03-14', '2025-03-14T10:00', '2025-03-14T10:00:00Z'])(
    "'%s' keeps every FuzzyTime invariant",
    (text) => {
      expect(invariantViolations(parseDateArgument(text))).toEqual([]);
    },
  );

  it.each(['2025-13', '2025-02-30', 'yesterday', '', '25', '2025-3', '2025-03-14T25:00', 'spring 2025'])(
    "'%s' is rejected with a TimeExpressionError naming the bad text",
    (text) => {
      expect(() => parseDateArgument(text)).toThrow(TimeExpressionError);
      expect(() => parseDateArgument(text)).toThrow(`"${text}"`);
    },
  );

  it('an unknown zone is a programming error and throws a RangeError', () => {
    expect(() => parseDateArgument('2025', 'Mars/Olympus')).toThrow(RangeError);
  });
});
