import { DateTime as LuxonDateTime, Duration as LuxonDuration } from 'luxon';
import neo4j, {
  type DateTime as Neo4jDateTime,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isNode,
  isRelationship,
} from 'neo4j-driver';
import { inStoryZone, STORY_TIME_ZONE } from '../time/zone';

/**
 * The one boundary between Neo4j values and JavaScript ones. Integers become numbers (strings past 2^53),
 * DateTime becomes a luxon DateTime, Date an ISO calendar date string; nodes and relationships their properties.
 */
export function fromNeo4j(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isDateTime(value)) return storyTimeOf(value);
  if (isDate(value) || isLocalDateTime(value) || isDuration(value)) return value.toString();
  if (isNode(value) || isRelationship(value)) return fromNeo4j(value.properties);
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fromNeo4j(inner)]));
  }
  return value;
}

/**
 * A stored time read back in the story's zone (src/time/zone.ts): one zone for every time the code sees.
 * Bounds are stored in UTC and repeat across a page (events of a day share them), while luxon's zone
 * arithmetic was the service's costliest work per row; its DateTimes are immutable, so each instant is
 * converted once and shared.
 */
function storyTimeOf(value: Neo4jDateTime): LuxonDateTime {
  if (value.timeZoneId)
    return inStoryZone(LuxonDateTime.fromObject(fieldsOf(value), { zone: value.timeZoneId }));
  const fields = fieldsOf(value);
  const utc = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads years 0-99 as 1900-1999.
  utc.setUTCFullYear(fields.year, fields.month - 1, fields.day);
  utc.setUTCHours(fields.hour, fields.minute, fields.second, fields.millisecond);
  const epochMs = utc.getTime() - neo4jNumber(value.timeZoneOffsetSeconds ?? 0) * 1000;
  let time = storyTimes.get(epochMs);
  if (!time) {
    if (storyTimes.size >= STORY_TIMES_KEPT) storyTimes.clear();
    time = LuxonDateTime.fromMillis(epochMs, { zone: STORY_TIME_ZONE });
    storyTimes.set(epochMs, time);
  }
  return time;
}

const storyTimes = new Map<number, LuxonDateTime>();
const STORY_TIMES_KEPT = 20_000;

function fieldsOf(value: Neo4jDateTime) {
  return {
    year: neo4jNumber(value.year),
    month: neo4jNumber(value.month),
    day: neo4jNumber(value.day),
    hour: neo4jNumber(value.hour),
    minute: neo4jNumber(value.minute),
    second: neo4jNumber(value.second),
    millisecond: Math.floor(neo4jNumber(value.nanosecond) / 1e6),
  };
}

/**
 * Our values on their way in: luxon DateTimes become Neo4j DateTimes with a fixed offset (the one
 * temporal type of every stored bound), luxon Durations Neo4j Durations; lists and plain maps are
 * converted inside. Types are kept as they are, so the plan cache sees the same parameter types.
 */
export function toNeo4j(value: unknown): unknown {
  if (LuxonDateTime.isDateTime(value)) return toNeo4jDateTime(value);
  if (LuxonDuration.isDuration(value)) return toNeo4jDuration(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toNeo4j(inner)]));
  }
  return value;
}

function toNeo4jDuration(value: LuxonDuration) {
  const { months, days, milliseconds } = value.shiftTo('months', 'days', 'milliseconds').toObject();
  const ms = milliseconds ?? 0;
  const seconds = Math.floor(ms / 1000);
  return new neo4j.types.Duration(months ?? 0, days ?? 0, seconds, (ms - seconds * 1000) * 1e6);
}

/**
 * A luxon DateTime as a Neo4j DateTime in UTC, the one temporal type and the one offset of every stored
 * time: Neo4j orders equal instants with different offsets apart (`13:58-04:00 <= 12:58-05:00` is false),
 * so one offset keeps every comparison of bounds true to the instants.
 */
export function toNeo4jDateTime(value: LuxonDateTime): Neo4jDateTime<number> {
  const utc = value.toUTC();
  return new neo4j.types.DateTime(
    utc.year,
    utc.month,
    utc.day,
    utc.hour,
    utc.minute,
    utc.second,
    utc.millisecond * 1e6,
    0,
  );
}

function neo4jNumber(value: number | { toNumber(): number }): number {
  return typeof value === 'number' ? value : value.toNumber();
}
