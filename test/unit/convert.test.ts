import { DateTime } from 'luxon';
import neo4j from 'neo4j-driver';
import { fromNeo4j, toNeo4jDateTime } from '../../src/db/convert';

describe('the Neo4j value boundary', () => {
  it('turns integers into numbers, and those past 2^53 into exact strings', () => {
    expect(fromNeo4j({ n: neo4j.int(42), big: neo4j.int('9007199254740993') })).toEqual({
      n: 42,
      big: '9007199254740993',
    });
  });

  it("turns a DateTime with any offset into the same instant in luxon, in the story's zone", () => {
    const value = new neo4j.types.DateTime(2026, 1, 14, 12, 58, 0, 0, -5 * 3600);
    expect((fromNeo4j(value) as DateTime).toISO()).toBe('2026-01-14T12:58:00.000-05:00');
    const utc = new neo4j.types.DateTime(2026, 1, 14, 17, 58, 0, 0, 0);
    expect((fromNeo4j(utc) as DateTime).toISO()).toBe('2026-01-14T12:58:00.000-05:00');
  });

  it('stores every instant in UTC, so equal instants are equal Neo4j values (Neo4j orders offsets apart)', () => {
    const summer = DateTime.fromISO('2026-01-14T13:58:00-04:00', { setZone: true });
    const winter = DateTime.fromISO('2026-01-14T12:58:00-05:00', { setZone: true });
    expect(toNeo4jDateTime(summer).toString()).toBe(toNeo4jDateTime(winter).toString());
    expect(toNeo4jDateTime(winter).toString()).toBe('2026-01-14T17:58:00Z');
  });

  it('turns a zoned DateTime into luxon in that zone, which luxon cannot parse from its string form', () => {
    const value = new neo4j.types.DateTime(2026, 1, 14, 12, 58, 0, 0, undefined, 'America/Toronto');
    expect((fromNeo4j(value) as DateTime).toISO()).toBe('2026-01-14T12:58:00.000-05:00');
  });

  it('round-trips a luxon DateTime through a Neo4j DateTime: the same instant, in the story zone', () => {
    const original = DateTime.fromISO('2025-10-31T14:30:15.250+09:00', { setZone: true });
    const back = fromNeo4j(toNeo4jDateTime(original)) as DateTime;
    expect(back.toMillis()).toBe(original.toMillis());
    expect(back.toISO()).toBe('2025-10-31T01:30:15.250-04:00');
  });

  it('reads a year before 100 as that year (Date.UTC would make it 19xx), and the same instant as the same value', () => {
    const early = fromNeo4j(new neo4j.types.DateTime(1, 1, 1, 5, 0, 0, 0, 0)) as DateTime;
    expect(early.toUTC().toISO()).toBe('0001-01-01T05:00:00.000Z');
    const a = fromNeo4j(new neo4j.types.DateTime(2026, 1, 14, 17, 58, 0, 0, 0)) as DateTime;
    const b = fromNeo4j(new neo4j.types.DateTime(2026, 1, 14, 12, 58, 0, 0, -5 * 3600)) as DateTime;
    expect(a.equals(b)).toBe(true);
    expect(a.zoneName).toBe('America/Toronto');
  });

  it('turns dates into ISO calendar dates and converts nested lists and maps', () => {
    expect(fromNeo4j({ days: [new neo4j.types.Date(2018, 12, 10)], none: null })).toEqual({
      days: ['2018-12-10'],
      none: null,
    });
  });
});
