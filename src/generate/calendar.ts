/**
 * Civil dates as day numbers (days since 1970-01-01), with the calendar facts the time words need.
 * Plain integer arithmetic (Howard Hinnant's days-from-civil), so generating a million dates never
 * builds a date object; the resolver reads the words back in the story's zone, where a civil day is
 * the same day.
 */

export interface Civil {
  year: number;
  month: number; // 1-12
  day: number;
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

export function dayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilOf(dayNumber: number): Civil {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday: 1 Monday ... 7 Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** A month index counted from year 0, so "the month before" is one subtraction. */
export function monthIndex(c: Civil): number {
  return c.year * 12 + (c.month - 1);
}

/** The same day of the month `months` later; days 29-31 are never used for this, so it never clips. */
export function plusMonths(dayNumber: number, months: number): number {
  const c = civilOf(dayNumber);
  const index = monthIndex(c) + months;
  return dayOf(Math.floor(index / 12), (index % 12) + 1, c.day);
}

export function isoDate(dayNumber: number): string {
  const { year, month, day } = civilOf(dayNumber);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "12 March 2004" */
export function writtenDay(dayNumber: number): string {
  const { year, month, day } = civilOf(dayNumber);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "March 12, 2004" */
export function writtenDayMonthFirst(dayNumber: number): string {
  const { year, month, day } = civilOf(dayNumber);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

export type SeasonName = 'spring' | 'summer' | 'autumn' | 'winter';

/** Meteorological seasons, as the resolver reads them: winter 2004 is December 2004 to February 2005. */
export function seasonOf(c: Civil): { name: SeasonName; year: number } {
  const m = c.month;
  const name: SeasonName =
    m >= 3 && m <= 5 ? 'spring' : m <= 8 && m >= 6 ? 'summer' : m >= 9 && m <= 11 ? 'autumn' : 'winter';
  return { name, year: m <= 2 ? c.year - 1 : c.year };
}

const SEASON_START: Record<SeasonName, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };

/** The first day after the season that starts in `year`. */
export function seasonEnd(name: SeasonName, year: number): number {
  const start = SEASON_START[name];
  return plusMonths(dayOf(year, start, 1), 3);
}
