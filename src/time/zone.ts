import type { DateTime } from 'luxon';

/**
 * The one zone policy: every time the API returns is given in the story's zone, with its offset
 * (`2026-01-16T00:00:00.000-05:00`), whatever zone it was stored or computed in. The story is told from
 * Canada, so Toronto: a day-precise event then reads as the calendar day its source meant.
 */
export const STORY_TIME_ZONE = 'America/Toronto';

export function inStoryZone(dt: DateTime): DateTime {
  return dt.setZone(STORY_TIME_ZONE);
}
