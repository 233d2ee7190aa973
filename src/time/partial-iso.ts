import { DateTime, Info, type Zone } from 'luxon';
import { TimeExpressionError, type FuzzyTime } from './fuzzy-time';
import { somewhereIn, unitAround } from './build';

const PARTIAL_ISO =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

export const ISO_HINT =
  'expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO date-time such as 2025-03-14T10:00, 2025-03-14T10:00:00Z or 2025-03-14T10:00:00-05:00';

/**
 * Reads a partial ISO 8601 date in `zone`. Returns null when `text` is not ISO-shaped at all and
 * throws when it is ISO-shaped but names no real date ("2025-13", "2025-02-30").
 */
export function readPartialIso(expression: string, text: string, zone: string | Zone): FuzzyTime | null {
  const m = PARTIAL_ISO.exec(text.trim().toUpperCase());
  if (!m) return null;
  const [, year, month, day, hour, , second, fraction] = m;
  const invalid = (dt: DateTime) =>
    new TimeExpressionError(expression, `${dt.invalidExplanation ?? 'not a real date'}; ${ISO_HINT}`);

  if (hour !== undefined) {
    const dt = DateTime.fromISO(text.trim().toUpperCase(), { zone });
    if (!dt.isValid) throw invalid(dt);
    // An instant is as fine as it was written: a minute, a second or a millisecond.
    const resolution =
      fraction !== undefined ? { milliseconds: 1 } : second !== undefined ? { seconds: 1 } : { minutes: 1 };
    return somewhereIn(expression, dt, dt.plus(resolution), 'instant');
  }
  const dt = DateTime.fromObject(
    {
      year: Number(year),
      month: month === undefined ? 1 : Number(month),
      day: day === undefined ? 1 : Number(day),
    },
    { zone },
  );
  if (!dt.isValid) throw invalid(dt);
  return unitAround(expression, dt, day !== undefined ? 'day' : month !== undefined ? 'month' : 'year');
}

/**
 * Parses an API date argument: "2025" (year), "2025-03" (month), "2025-03-14" (day) or an ISO
 * date-time (instant, converted into `zone` when it carries its own offset).
 */
export function parseDateArgument(text: string, zone = 'America/Toronto'): FuzzyTime {
  if (!Info.normalizeZone(zone).isValid) throw new RangeError(`Unknown time zone "${zone}"`);
  const parsed = readPartialIso(text, text, zone);
  if (!parsed) throw new TimeExpressionError(text, ISO_HINT);
  return parsed;
}
