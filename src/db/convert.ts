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

/**
 * The one boundary between Neo4j values and JavaScript ones. Integers become numbers (strings past 2^53),
 * DateTime becomes a luxon DateTime, Date an ISO calendar date string; nodes and relationships their properties.
 */
export function fromNeo4j(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isDateTime(value)) {
    const zone = value.timeZoneId ?? offsetZone(neo4jNumber(value.timeZoneOffsetSeconds ?? 0));
    return LuxonDateTime.fromObject(
      {
        year: neo4jNumber(value.year),
        month: neo4jNumber(value.month),
        day: neo4jNumber(value.day),
        hour: neo4jNumber(value.hour),
        minute: neo4jNumber(value.minute),
        second: neo4jNumber(value.second),
        millisecond: Math.floor(neo4jNumber(value.nanosecond) / 1e6),
      },
      { zone },
    );
  }
  if (isDate(value) || isLocalDateTime(value) || isDuration(value)) return value.toString();
  if (isNode(value) || isRelationship(value)) return fromNeo4j(value.properties);
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fromNeo4j(inner)]));
  }
  return value;
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

/** A luxon DateTime as a Neo4j DateTime with a fixed offset, the one temporal type used for all time bounds. */
export function toNeo4jDateTime(value: LuxonDateTime): Neo4jDateTime<number> {
  return new neo4j.types.DateTime(
    value.year,
    value.month,
    value.day,
    value.hour,
    value.minute,
    value.second,
    value.millisecond * 1e6,
    value.offset * 60,
  );
}

function neo4jNumber(value: number | { toNumber(): number }): number {
  return typeof value === 'number' ? value : value.toNumber();
}

function offsetZone(offsetSeconds: number): string {
  if (offsetSeconds === 0) return 'UTC';
  const sign = offsetSeconds < 0 ? '-' : '+';
  const minutes = Math.abs(offsetSeconds) / 60;
  return `UTC${sign}${Math.floor(minutes / 60)}${minutes % 60 ? `:${String(minutes % 60).padStart(2, '0')}` : ''}`;
}
