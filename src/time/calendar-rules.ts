import { DateTime, Duration } from 'luxon';
import { TimeExpressionError, type FuzzyTime, type Precision, type Tense } from './fuzzy-time';
import { somewhereIn, unitAround } from './build';
import { pickInstance, type Relative, type Span } from './cycles';
import { MONTH_PATTERN, WEEKDAY_PATTERN, monthNumber, weekdayNumber } from './names';
import { parseSeason, SEASON_PATTERN, seasonEnd, seasonStart } from './seasons';
import type { ResolveContext, Rule } from './rule';
import { unitStart } from './units';

const RELATIVE = '(last|this|next)';

function chosen(
  expression: string,
  instanceAt: (k: number) => Span | null,
  near: number,
  relative: Relative | null,
  precision: Precision,
  { reference, tense }: ResolveContext,
): FuzzyTime {
  const picked = pickInstance(instanceAt, near, relative, tense, reference);
  if (!picked) throw new TimeExpressionError(expression, 'no such period near the reference');
  if (relative === 'this' && picked.containsReference)
    return clipped(expression, picked.span, precision, tense, reference);
  return somewhereIn(expression, picked.span.start, picked.span.end, precision);
}

/**
 * "this <period>" told in the past or future tense keeps only the part of the current period on
 * that side of the reference; a day is never split.
 */
function clipped(
  expression: string,
  span: Span,
  precision: Precision,
  tense: Tense,
  reference: DateTime,
): FuzzyTime {
  const longerThanDay = span.end > span.start.plus({ days: 1 });
  if (longerThanDay && reference > span.start) {
    if (tense === 'future') return somewhereIn(expression, reference, span.end, precision);
    if (tense === 'past') return somewhereIn(expression, span.start, reference, precision);
  }
  return somewhereIn(expression, span.start, span.end, precision);
}

const DAY_OFFSET: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };

const dayWord: Rule = (text, expression, { reference }) => {
  const offset = DAY_OFFSET[text];
  return offset === undefined ? null : unitAround(expression, reference.plus({ days: offset }), 'day');
};

const weekday: Rule = (text, expression, context) => {
  const m = new RegExp(`^(?:${RELATIVE} )?(${WEEKDAY_PATTERN})$`).exec(text);
  const day = weekdayNumber(m?.[2] ?? '');
  if (!m || day === undefined) return null;
  const monday = context.reference.startOf('week');
  const instanceAt = (k: number): Span => {
    const start = monday.plus({ weeks: k, days: day - 1 });
    return { start, end: start.plus({ days: 1 }) };
  };
  return chosen(expression, instanceAt, 0, (m[1] as Relative | undefined) ?? null, 'day', context);
};

// Weeks are ISO weeks (Monday start).
const RELATIVE_UNITS: Record<
  string,
  { years?: number; months?: number; weeks?: number; precision: Precision }
> = {
  week: { weeks: 1, precision: 'week' },
  month: { months: 1, precision: 'month' },
  year: { years: 1, precision: 'year' },
  decade: { years: 10, precision: 'decade' },
};

const relativeUnit: Rule = (text, expression, context) => {
  const m = /^(last|this|next) (week|month|year|decade)$/.exec(text);
  const spec = RELATIVE_UNITS[m?.[2] ?? ''];
  if (!m || !spec) return null;
  const offset = { last: -1, this: 0, next: 1 }[m[1] as Relative];
  const { reference } = context;
  const { precision, ...step } = spec;
  const current = m[2] === 'week' ? reference.startOf('week') : unitStart(reference, precision);
  const start = current.plus(Duration.fromObject(step).mapUnits((x) => x * offset));
  const span = { start, end: start.plus(step) };
  if (offset === 0) return clipped(expression, span, precision, context.tense, reference);
  return somewhereIn(expression, span.start, span.end, precision);
};

const season: Rule = (text, expression, context) => {
  const cyclic = new RegExp(`^(?:${RELATIVE} )?(?:the )?(${SEASON_PATTERN})$`).exec(text);
  const explicit = new RegExp(
    `^(?:the )?(${SEASON_PATTERN}),? (?:of )?(\\d{4})(?:[-–/](\\d{2}|\\d{4}))?$`,
  ).exec(text);
  const name = parseSeason(cyclic?.[2] ?? explicit?.[1] ?? '');
  if (!name) return null;
  const { reference } = context;
  const instanceAt = (year: number): Span => {
    const start = seasonStart(name, year, reference);
    return { start, end: seasonEnd(start) };
  };
  if (cyclic)
    return chosen(
      expression,
      instanceAt,
      reference.year,
      (cyclic[1] as Relative | undefined) ?? null,
      'season',
      context,
    );

  const year = Number(explicit?.[2]);
  const second = explicit?.[3];
  if (second !== undefined && (name !== 'winter' || Number(second) % 100 !== (year + 1) % 100)) {
    throw new TimeExpressionError(expression, 'only winter spans two years, written "winter 2025–26"');
  }
  const { start, end } = instanceAt(year);
  return somewhereIn(expression, start, end, 'season');
};

const decade: Rule = (text, expression, { reference }) => {
  const m = /^(?:the )?(\d{3})0s$/.exec(text);
  if (!m) return null;
  return unitAround(
    expression,
    DateTime.fromObject({ year: Number(m[1]) * 10 }, { zone: reference.zone }),
    'decade',
  );
};

const month: Rule = (text, expression, context) => {
  const cyclic = new RegExp(`^(?:${RELATIVE} )?(${MONTH_PATTERN})$`).exec(text);
  const explicit = new RegExp(`^(${MONTH_PATTERN}),? (?:of )?(\\d{4})$`).exec(text);
  const n = monthNumber(cyclic?.[2] ?? explicit?.[1] ?? '');
  if (n === undefined) return null;
  const { reference } = context;
  const instanceAt = (year: number): Span => {
    const start = DateTime.fromObject({ year, month: n }, { zone: reference.zone });
    return { start, end: start.plus({ months: 1 }) };
  };
  if (cyclic)
    return chosen(
      expression,
      instanceAt,
      reference.year,
      (cyclic[1] as Relative | undefined) ?? null,
      'month',
      context,
    );
  const { start, end } = instanceAt(Number(explicit?.[2]));
  return somewhereIn(expression, start, end, 'month');
};

const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)?';

const writtenDate: Rule = (text, expression, context) => {
  const monthFirst = new RegExp(`^(${MONTH_PATTERN}) ${ORDINAL}(?:,? (\\d{4}))?$`).exec(text);
  const dayFirst = new RegExp(`^(?:the )?${ORDINAL} (?:of )?(${MONTH_PATTERN}),?(?: (\\d{4}))?$`).exec(text);
  const parts = monthFirst
    ? { month: monthFirst[1], day: monthFirst[2], year: monthFirst[3] }
    : dayFirst
      ? { month: dayFirst[2], day: dayFirst[1], year: dayFirst[3] }
      : null;
  const n = monthNumber(parts?.month ?? '');
  if (!parts || n === undefined) return null;
  const { reference } = context;
  const dayOf = (year: number) =>
    DateTime.fromObject({ year, month: n, day: Number(parts.day) }, { zone: reference.zone });
  if (parts.year !== undefined) {
    const dt = dayOf(Number(parts.year));
    if (!dt.isValid) throw new TimeExpressionError(expression, 'not a real calendar date');
    return unitAround(expression, dt, 'day');
  }
  if (!dayOf(2024).isValid) throw new TimeExpressionError(expression, 'not a real calendar date');
  const instanceAt = (year: number): Span | null => {
    const start = dayOf(year);
    return start.isValid ? { start, end: start.plus({ days: 1 }) } : null;
  };
  return chosen(expression, instanceAt, reference.year, null, 'day', context);
};

const QUARTER_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** "Q3 2025", "the third quarter of 2025": a calendar quarter of a stated year. */
const quarter: Rule = (text, expression, { reference }) => {
  const m = /^(?:q([1-4])|(?:the )?(first|second|third|fourth) quarter(?: of)?) (\d{4})$/.exec(text);
  if (!m) return null;
  const q = m[1] !== undefined ? Number(m[1]) : (QUARTER_ORDINALS[m[2] ?? ''] ?? 1);
  const dt = DateTime.fromObject({ year: Number(m[3]), month: 3 * q - 2, day: 1 }, { zone: reference.zone });
  return unitAround(expression, dt, 'quarter');
};

export const CALENDAR_RULES: Rule[] = [
  dayWord,
  weekday,
  relativeUnit,
  season,
  quarter,
  decade,
  month,
  writtenDate,
];
