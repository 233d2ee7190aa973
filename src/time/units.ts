import type { DateTime } from 'luxon';
import { granularityOf, type Precision } from './fuzzy-time';
import { seasonContaining } from './seasons';

/**
 * Start of the precision unit containing `dt`. Instants are compared at the minute, the finest
 * resolution the readers accept without seconds.
 */
export function unitStart(dt: DateTime, precision: Precision): DateTime {
  switch (granularityOf(precision)) {
    case 'instant':
      return dt.startOf('minute');
    case 'day':
      return dt.startOf('day');
    case 'week':
      return dt.startOf('week');
    case 'month':
      return dt.startOf('month');
    case 'quarter':
      return dt.startOf('quarter');
    case 'season':
      return seasonContaining(dt).start;
    case 'year':
      return dt.startOf('year');
    case 'decade':
      return dt.startOf('year').set({ year: Math.floor(dt.year / 10) * 10 });
  }
}

export function unitEnd(start: DateTime, precision: Precision): DateTime {
  switch (granularityOf(precision)) {
    case 'instant':
      return start.plus({ minutes: 1 });
    case 'day':
      return start.plus({ days: 1 });
    case 'week':
      return start.plus({ weeks: 1 });
    case 'month':
      return start.plus({ months: 1 });
    case 'quarter':
      return start.plus({ months: 3 });
    case 'season':
      return start.plus({ months: 3 });
    case 'year':
      return start.plus({ years: 1 });
    case 'decade':
      return start.plus({ years: 10 });
  }
}

export function isBoundary(dt: DateTime, precision: Precision): boolean {
  return unitStart(dt, precision).toMillis() === dt.toMillis();
}

export function sameUnit(a: DateTime, b: DateTime, precision: Precision): boolean {
  return unitStart(a, precision).toMillis() === unitStart(b, precision).toMillis();
}

export function sameInstant(a: DateTime | null, b: DateTime | null): boolean {
  return a !== null && b !== null && a.toMillis() === b.toMillis();
}

export function justBefore(dt: DateTime): DateTime {
  return dt.minus({ milliseconds: 1 });
}
