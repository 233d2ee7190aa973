import { resolveTime, invariantViolations, TimeExpressionError, type Tense } from '../../../src/time';
import { reference, somewhereIn, summary, told } from './fixtures';

const EST = '-05:00';
const EDT = '-04:00';
const day = (date: string, next: string, edtf: string, label: string) =>
  somewhereIn('day', edtf, label, `${date}T00:00:00.000${EST}`, `${next}T00:00:00.000${EST}`);

describe('weekday names, when the reference is Wednesday 14 Jan 2026', () => {
  it.each<[string, Tense, ReturnType<typeof day>]>([
    ['on Wednesday', 'past', day('2026-01-14', '2026-01-15', '2026-01-14', '14 Jan 2026')],
    ['Wednesday', 'past', day('2026-01-14', '2026-01-15', '2026-01-14', '14 Jan 2026')],
    ['on Monday', 'past', day('2026-01-12', '2026-01-13', '2026-01-12', '12 Jan 2026')],
    ['Tuesday', 'past', day('2026-01-13', '2026-01-14', '2026-01-13', '13 Jan 2026')],
    ['on Friday', 'future', day('2026-01-16', '2026-01-17', '2026-01-16', '16 Jan 2026')],
    ['Wednesday', 'future', day('2026-01-14', '2026-01-15', '2026-01-14', '14 Jan 2026')],
    ['Friday', 'present', day('2026-01-16', '2026-01-17', '2026-01-16', '16 Jan 2026')],
    ['Monday', 'present', day('2026-01-12', '2026-01-13', '2026-01-12', '12 Jan 2026')],
  ])("'%s' in the %s tense is that whole day", (expression, tense, expected) => {
    expect(summary(resolveTime(expression, told(tense)))).toEqual(expected);
  });

  it("'on Friday' in the past tense is the Friday before, 9 Jan 2026, never a future day", () => {
    expect(resolveTime('on Friday', told('past')).label).toBe('9 Jan 2026');
  });

  it("'on Monday' in the future tense is the Monday after, 19 Jan 2026, never a past day", () => {
    expect(resolveTime('on Monday', told('future')).label).toBe('19 Jan 2026');
  });

  it("'last Wednesday' is the Wednesday of the week before, 7 Jan 2026", () => {
    expect(resolveTime('last Wednesday', told('past')).edtf).toBe('2026-01-07');
  });

  it("'yesterday', 'today' and 'tomorrow' are 13, 14 and 15 Jan 2026", () => {
    expect(['yesterday', 'today', 'tomorrow'].map((e) => resolveTime(e, told('past')).edtf)).toEqual([
      '2026-01-13',
      '2026-01-14',
      '2026-01-15',
    ]);
  });
});

describe('seasons, when the reference is 14 Jan 2026', () => {
  const spring2025 = somewhereIn(
    'season',
    '2025-25',
    'spring 2025',
    `2025-03-01T00:00:00.000${EST}`,
    `2025-06-01T00:00:00.000${EDT}`,
  );
  const autumn2025 = somewhereIn(
    'season',
    '2025-27',
    'autumn 2025',
    `2025-09-01T00:00:00.000${EDT}`,
    `2025-12-01T00:00:00.000${EST}`,
  );

  it("'last spring' is spring 2025, 1 Mar to 1 Jun 2025", () => {
    expect(summary(resolveTime('last spring', told('past')))).toEqual(spring2025);
  });

  it("'since last spring' reads the same season, the 'since' being the caller's business", () => {
    expect(summary(resolveTime('since last spring', told('past')))).toEqual(spring2025);
  });

  it("'spring 2025' is spring 2025 whatever the tense", () => {
    expect(summary(resolveTime('spring 2025', told('future')))).toEqual(spring2025);
  });

  it("'last fall' is autumn 2025, 1 Sep to 1 Dec 2025", () => {
    expect(summary(resolveTime('last fall', told('past')))).toEqual(autumn2025);
  });

  it("'last autumn' is the same season as 'last fall'", () => {
    expect(summary(resolveTime('last autumn', told('past')))).toEqual(autumn2025);
  });

  it("'this summer' in the future tense is summer 2026, 1 Jun to 1 Sep 2026", () => {
    expect(summary(resolveTime('this summer', told('future')))).toEqual(
      somewhereIn(
        'season',
        '2026-26',
        'summer 2026',
        `2026-06-01T00:00:00.000${EDT}`,
        `2026-09-01T00:00:00.000${EDT}`,
      ),
    );
  });

  it("'next winter' is winter 2026–27, 1 Dec 2026 to 1 Mar 2027", () => {
    expect(summary(resolveTime('next winter', told('future')))).toEqual(
      somewhereIn(
        'season',
        '2026-28',
        'winter 2026–27',
        `2026-12-01T00:00:00.000${EST}`,
        `2027-03-01T00:00:00.000${EST}`,
      ),
    );
  });

  it("'last winter' skips the winter still under way and is winter 2024–25", () => {
    expect(resolveTime('last winter', told('past')).edtf).toBe('2024-28');
  });

  it("'this winter' in the past tense is winter 2025–26 up to the reference", () => {
    const f = resolveTime('this winter', told('past'));
    expect([f.edtf, f.label, f.start.toISO(), f.latestEnd?.toISO()]).toEqual([
      '2025-28/2026-01-14',
      'winter 2025–26 up to 14 Jan',
      `2025-12-01T00:00:00.000${EST}`,
      reference.toISO(),
    ]);
  });

  it("'winter 2025–26' is the winter starting in December 2025", () => {
    expect(resolveTime('winter 2025–26', told('past')).edtf).toBe('2025-28');
  });
});

describe('years and decades, when the reference is 14 Jan 2026', () => {
  const year = (y: number) =>
    somewhereIn(
      'year',
      String(y),
      String(y),
      `${y}-01-01T00:00:00.000${EST}`,
      `${y + 1}-01-01T00:00:00.000${EST}`,
    );

  it.each<[string, Tense, number]>([
    ['in 2022', 'past', 2022],
    ['2018', 'past', 2018],
    ['this year', 'present', 2026],
    ['last year', 'past', 2025],
    ['next year', 'future', 2027],
  ])("'%s' in the %s tense is the year %i", (expression, tense, y) => {
    expect(summary(resolveTime(expression, told(tense)))).toEqual(year(y));
  });

  it("'this year' in the future tense is the rest of 2026 from the reference", () => {
    expect(summary(resolveTime('this year', told('future')))).toEqual(
      somewhereIn(
        'year',
        '2026-01-14/2026',
        '2026 from 14 Jan',
        reference.toISO() ?? '',
        `2027-01-01T00:00:00.000${EST}`,
      ),
    );
  });

  it("'this year' in the past tense is 2026 up to the reference", () => {
    expect(summary(resolveTime('this year', told('past')))).toEqual(
      somewhereIn(
        'year',
        '2026/2026-01-14',
        '2026 up to 14 Jan',
        `2026-01-01T00:00:00.000${EST}`,
        reference.toISO() ?? '',
      ),
    );
  });

  it("'the 2010s' is the decade 2010 to 2020, EDTF 201X", () => {
    expect(summary(resolveTime('the 2010s', told('past')))).toEqual(
      somewhereIn(
        'decade',
        '201X',
        '2010s',
        `2010-01-01T00:00:00.000${EST}`,
        `2020-01-01T00:00:00.000${EST}`,
      ),
    );
  });
});

describe('months, when the reference is 14 Jan 2026', () => {
  const march2025 = somewhereIn(
    'month',
    '2025-03',
    'Mar 2025',
    `2025-03-01T00:00:00.000${EST}`,
    `2025-04-01T00:00:00.000${EDT}`,
  );
  const jan2026 = somewhereIn(
    'month',
    '2026-01',
    'Jan 2026',
    `2026-01-01T00:00:00.000${EST}`,
    `2026-02-01T00:00:00.000${EST}`,
  );

  it("'in March 2025' is March 2025", () => {
    expect(summary(resolveTime('in March 2025', told('past')))).toEqual(march2025);
  });

  it("'March 2025' is March 2025", () => {
    expect(summary(resolveTime('March 2025', told('past')))).toEqual(march2025);
  });

  it("'January' in the past tense is the January under way, Jan 2026", () => {
    expect(summary(resolveTime('January', told('past')))).toEqual(jan2026);
  });

  it("'this month' in the present tense is Jan 2026", () => {
    expect(summary(resolveTime('this month', told('present')))).toEqual(jan2026);
  });

  it("'this month' in the future tense is the rest of January from the reference", () => {
    expect(resolveTime('this month', told('future')).edtf).toBe('2026-01-14/2026-01');
  });

  it("'last month' is Dec 2025", () => {
    expect(summary(resolveTime('last month', told('past')))).toEqual(
      somewhereIn(
        'month',
        '2025-12',
        'Dec 2025',
        `2025-12-01T00:00:00.000${EST}`,
        `2026-01-01T00:00:00.000${EST}`,
      ),
    );
  });

  it("'December' in the past tense is Dec 2025 and in the future tense Dec 2026", () => {
    expect([
      resolveTime('December', told('past')).edtf,
      resolveTime('December', told('future')).edtf,
    ]).toEqual(['2025-12', '2026-12']);
  });
});

describe('ISO and written dates', () => {
  const dec1 = day('2018-12-01', '2018-12-02', '2018-12-01', '1 Dec 2018');

  it.each(['2018-12-01', 'December 1, 2018', '1 December 2018', 'Dec. 1, 2018', 'on December 1st, 2018'])(
    "'%s' is the day 1 Dec 2018",
    (expression) => {
      expect(summary(resolveTime(expression, told('past')))).toEqual(dec1);
    },
  );

  it("'2018-12' is the month Dec 2018", () => {
    expect(summary(resolveTime('2018-12', told('past')))).toEqual(
      somewhereIn(
        'month',
        '2018-12',
        'Dec 2018',
        `2018-12-01T00:00:00.000${EST}`,
        `2019-01-01T00:00:00.000${EST}`,
      ),
    );
  });

  it("'2025-03-14T10:00' is an instant, the minute written, in the reference's zone", () => {
    expect(summary(resolveTime('2025-03-14T10:00', told('past')))).toEqual(
      somewhereIn(
        'instant',
        '2025-03-14T10:00:00-04:00',
        '14 Mar 2025, 10:00',
        `2025-03-14T10:00:00.000${EDT}`,
        `2025-03-14T10:01:00.000${EDT}`,
      ),
    );
  });

  it("'December 1' without a year is the last one in the past tense and the next one in the future tense", () => {
    expect([
      resolveTime('December 1', told('past')).edtf,
      resolveTime('December 1', told('future')).edtf,
    ]).toEqual(['2025-12-01', '2026-12-01']);
  });
});

describe('windows around the reference 14 Jan 2026 12:58', () => {
  it("'recently' in the past tense lies somewhere in the three months before the reference: a WINDOW, never DAY", () => {
    expect(summary(resolveTime('recently', told('past')))).toEqual(
      somewhereIn(
        'window',
        '2025-10-14/2026-01-14',
        'within 14 Oct 2025 – 14 Jan 2026',
        `2025-10-14T12:58:00.000${EDT}`,
        `2026-01-14T12:58:00.000${EST}`,
      ),
    );
  });

  it("'over the next 10 years' lies somewhere in the ten years after the reference", () => {
    expect(summary(resolveTime('over the next 10 years', told('future')))).toEqual(
      somewhereIn(
        'window',
        '2026-01-14/2036-01-14',
        'within 14 Jan 2026 – 14 Jan 2036',
        `2026-01-14T12:58:00.000${EST}`,
        `2036-01-14T12:58:00.000${EST}`,
      ),
    );
  });

  it("'over the next number of days' lies somewhere in the 14 days after the reference", () => {
    expect(summary(resolveTime('over the next number of days', told('future')))).toEqual(
      somewhereIn(
        'window',
        '2026-01-14/2026-01-28',
        'within 14–28 Jan 2026',
        `2026-01-14T12:58:00.000${EST}`,
        `2026-01-28T12:58:00.000${EST}`,
      ),
    );
  });
});

describe('undated policy forms name their rule and are windows', () => {
  it("'undated, before publication' is the 'recently' window up to the reference", () => {
    const f = resolveTime('undated, before publication', told('past'));
    expect([f.precision, f.earliestStart.toISO(), f.latestEnd?.toISO(), f.label]).toEqual([
      'window',
      `2025-10-14T12:58:00.000${EDT}`,
      `2026-01-14T12:58:00.000${EST}`,
      'within 14 Oct 2025 – 14 Jan 2026',
    ]);
  });

  it("'undated, after publication' lies within a year after the reference", () => {
    const f = resolveTime('undated, after publication', told('future'));
    expect([f.precision, f.earliestStart.toISO(), f.latestEnd?.toISO()]).toEqual([
      'window',
      `2026-01-14T12:58:00.000${EST}`,
      `2027-01-14T12:58:00.000${EST}`,
    ]);
  });
});

describe('quarters', () => {
  it("'Q3 2025' and 'the third quarter of 2025' are July to September 2025, EDTF 2025-35", () => {
    for (const words of ['Q3 2025', 'the third quarter of 2025']) {
      const f = resolveTime(words, told('past'));
      expect([f.precision, f.edtf, f.label, f.start.toISODate(), f.end?.toISODate()]).toEqual([
        'quarter',
        '2025-35',
        'Q3 2025',
        '2025-07-01',
        '2025-10-01',
      ]);
    }
  });
});

describe('every resolved value keeps the invariants', () => {
  const cases: [string, Tense][] = [
    ['on Wednesday', 'past'],
    ['on Friday', 'future'],
    ['on Monday', 'past'],
    ['Tuesday', 'past'],
    ['last spring', 'past'],
    ['last fall', 'past'],
    ['last autumn', 'past'],
    ['this summer', 'future'],
    ['next winter', 'future'],
    ['this winter', 'past'],
    ['spring 2025', 'past'],
    ['in 2022', 'past'],
    ['2018', 'past'],
    ['this year', 'past'],
    ['this year', 'present'],
    ['this year', 'future'],
    ['last year', 'past'],
    ['next year', 'future'],
    ['the 2010s', 'past'],
    ['in March 2025', 'past'],
    ['January', 'past'],
    ['last month', 'past'],
    ['this month', 'future'],
    ['this week', 'past'],
    ['2018-12-01', 'past'],
    ['2018-12', 'past'],
    ['2025-03-14T10:00', 'past'],
    ['December 1, 2018', 'past'],
    ['1 December 2018', 'past'],
    ['recently', 'past'],
    ['over the next 10 years', 'future'],
    ['over the next number of days', 'future'],
  ];

  it.each(cases)("'%s' in the %s tense keeps every FuzzyTime invariant", (expression, tense) => {
    const f = resolveTime(expression, told(tense));
    expect(invariantViolations(f)).toEqual([]);
  });

  it.each(cases)("'%s' in the %s tense keeps the caller's words as its expression", (expression, tense) => {
    expect(resolveTime(expression, told(tense)).expression).toBe(expression);
  });
});

describe('expressions it cannot read', () => {
  it.each(['', 'bogus', 'the day after the summit', 'in eight years', 'Smarch 2025', 'spring 2025–26'])(
    "'%s' throws a TimeExpressionError",
    (expression) => {
      expect(() => resolveTime(expression, told('past'))).toThrow(TimeExpressionError);
    },
  );

  it('an unreadable expression is named in the error with a hint of the accepted forms', () => {
    expect(() => resolveTime('the day after the summit', told('past'))).toThrow(
      /"the day after the summit".*"on Friday".*"last spring"/,
    );
  });

  it("an ISO-shaped but impossible date such as '2025-02-30' throws a TimeExpressionError naming it", () => {
    expect(() => resolveTime('2025-02-30', told('past'))).toThrow(/"2025-02-30"/);
  });

  it("'February 30' throws because no year has that day", () => {
    expect(() => resolveTime('February 30', told('past'))).toThrow(TimeExpressionError);
  });
});
