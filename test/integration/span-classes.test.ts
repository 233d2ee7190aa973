import { DateTime } from 'luxon';
import { QueryRunner } from '../../src/db/runner';
import { readMigrations } from '../../src/db/migrations';
import { spanClassOf } from '../../src/model/span-classes';
import { smallDocument, uniqueToken } from '../support/documents';
import { graphqlClient } from '../support/graphql-client';
import { useSeededStory } from '../support/story';
import { inspection, openInspectionRunner } from '../support/test-neo4j';

jest.setTimeout(60_000);

/** Each event's stored span classes beside the ones src/model/span-classes.ts gives its bounds. */
async function storedAndExpected(inspect: QueryRunner, token: string) {
  const { rows } = await inspect.read(inspection.eventSpanClasses, { token });
  return rows.map((row) => ({
    stored: {
      id: row.id as string,
      derived: row.derivedSpanClass as number,
      article: (row.articleSpanClass as number | null) ?? null,
    },
    expected: {
      id: row.id,
      derived: spanClassOf(row.derivedEarliestStart, row.derivedLatestEnd ?? null),
      article: row.articleEarliestStart
        ? spanClassOf(row.articleEarliestStart, row.articleLatestEnd ?? null)
        : null,
    },
  }));
}

describe('span classes, which let a window seek between two bounds', () => {
  const story = useSeededStory('scratch');
  let inspect: QueryRunner;
  beforeAll(async () => {
    inspect = await openInspectionRunner('scratch');
  });
  afterAll(() => inspect.driver.close());

  it('are stored with every event on both bases as the domain model classes them', async () => {
    const all = await storedAndExpected(inspect, 'event:');
    expect(all.length).toBeGreaterThan(40);
    for (const { stored, expected } of all) expect(stored).toEqual(expected);
    // The story holds days, a stay, years and open-ended states: several classes, not one.
    expect(new Set(all.map(({ stored }) => stored.derived)).size).toBeGreaterThan(4);
  });

  it('are given back by migration 0009 to events stored without them, the same classes', async () => {
    const token = uniqueToken('span');
    const mutate = graphqlClient(story.runner, { mutationsEnabled: true });
    const ingested = await mutate(
      `mutation($document: JSON!) { ingestDocument(document: $document) { sourceId } }`,
      {
        document: smallDocument(token),
      },
    );
    expect(ingested.errors).toBeUndefined();
    const before = await storedAndExpected(inspect, token);
    expect((await inspect.write(inspection.removeSpanClasses, { token })).rows[0]!.removed).toBe(
      before.length,
    );

    // The migration's own statements, run as the migration runner runs a batched migration.
    const migration = readMigrations().find((m) => m.id === '0009-span-class-backfill')!;
    expect(migration.batched).toBe(true);
    for (const [i, statement] of migration.statements.entries()) {
      await inspect.runBatchedFileStatement(`migration 0009 #${i + 1}`, statement);
    }
    expect(await storedAndExpected(inspect, token)).toEqual(before);
    for (const { stored, expected } of before) expect(stored).toEqual(expected);
  });

  it('find the same events in a narrow window as in the whole timeline filtered to it', async () => {
    const answer = await story.ask(`{
      week: timeline(from: "2026-01-12", to: "2026-01-18", first: 100) { edges { node { id } } }
      all: timeline(first: 100) { pageInfo { hasNextPage } edges { node { id time { tightened { earliestStart latestEnd } } } } }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.all.pageInfo.hasNextPage).toBe(false);
    const from = Date.parse('2026-01-12T00:00:00-05:00');
    const to = Date.parse('2026-01-19T00:00:00-05:00');
    type Edge = {
      node: { id: string; time: { tightened: { earliestStart: string; latestEnd: string | null } } };
    };
    const overlapping = (answer.data.all.edges as Edge[])
      .filter(({ node }) => {
        const { earliestStart, latestEnd } = node.time.tightened;
        return Date.parse(earliestStart) < to && (latestEnd === null || Date.parse(latestEnd) > from);
      })
      .map(({ node }) => node.id);
    const week = (answer.data.week.edges as Array<{ node: { id: string } }>).map(({ node }) => node.id);
    expect(week.length).toBeGreaterThan(5);
    expect(week).toEqual(overlapping);
  });

  it('find every event certainly in a window, from slices of the window itself, on both bases', async () => {
    type Time = { earliestStart: string | null; latestEnd: string | null };
    type Edge = { node: { id: string; time: { tightened: Time }; articleTime: { tightened: Time } | null } };
    const everything = await story.ask(`{
      all: timeline(first: 100) { pageInfo { hasNextPage } edges { node { id
        time { tightened { earliestStart latestEnd } } articleTime { tightened { earliestStart latestEnd } } } } }
    }`);
    expect(everything.errors).toBeUndefined();
    expect(everything.data.all.pageInfo.hasNextPage).toBe(false);
    const edges = everything.data.all.edges as Edge[];
    // Windows of a day to a year starting on the days the story's events start.
    const starts = [...new Set(edges.map(({ node }) => node.time.tightened.earliestStart!.slice(0, 10)))];
    let compared = 0;
    for (const [first, days] of starts.flatMap((day) => [1, 7, 31, 365].map((n) => [day, n] as const))) {
      const from = DateTime.fromISO(first, { zone: 'America/Toronto' }); // the zone of date arguments;
      const to = from.plus({ days });
      const last = to.minus({ days: 1 }).toISODate();
      const answer = await story.ask(`{
        best: timeline(from: "${first}", to: "${last}", match: CERTAINLY, first: 100) { totalCount edges { node { id } } }
        article: timeline(from: "${first}", to: "${last}", match: CERTAINLY, basis: ARTICLE, first: 100) { totalCount edges { node { id } } }
      }`);
      expect(answer.errors).toBeUndefined();
      const inside = (time: Time | null) =>
        !!time?.earliestStart &&
        !!time.latestEnd &&
        DateTime.fromISO(time.earliestStart) >= from &&
        DateTime.fromISO(time.latestEnd) <= to;
      const expected = (timeOf: (edge: Edge) => Time | null) =>
        edges
          .filter((edge) => inside(timeOf(edge)))
          .map(({ node }) => node.id)
          .sort();
      for (const [basis, timeOf] of [
        ['best', (edge: Edge) => edge.node.time.tightened],
        ['article', (edge: Edge) => edge.node.articleTime?.tightened ?? null],
      ] as const) {
        const got = (answer.data[basis].edges as Array<{ node: { id: string } }>).map(({ node }) => node.id);
        expect({ window: `${first} +${days}d`, basis, ids: got.sort() }).toEqual({
          window: `${first} +${days}d`,
          basis,
          ids: expected(timeOf),
        });
        expect(answer.data[basis].totalCount).toBe(got.length);
        compared += got.length;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});
