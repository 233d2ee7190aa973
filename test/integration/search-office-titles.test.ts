import { QueryRunner } from '../../src/db/runner';
import { readMigrations } from '../../src/db/migrations';
import { useSeededStory } from '../support/story';
import { inspection, openInspectionRunner } from '../support/test-neo4j';

jest.setTimeout(60_000);

const CARNEY = 'person:mark-carney';

describe('office titles on the actor, which full-text search reads', () => {
  const story = useSeededStory('scratch');
  let inspect: QueryRunner;
  beforeAll(async () => {
    inspect = await openInspectionRunner('scratch');
  });
  afterAll(() => inspect.driver.close());

  const officeTitles = async (id: string) =>
    (await inspect.read(inspection.actorById, { id })).rows[0]!.actor.officeTitles as string[] | undefined;
  const byOffice = async () => {
    const answer = await story.ask(
      `{ search(text: "officeTitles:\\"prime minister\\"", syntax: LUCENE, kinds: [ACTOR]) { edges { node { ... on Actor { id } } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    return (answer.data.search.edges as Array<{ node: { id: string } }>).map((edge) => edge.node.id);
  };

  it('are kept by the ingest of roles: each holder its distinct titles', async () => {
    expect(await officeTitles(CARNEY)).toEqual(['prime minister']);
    expect(await officeTitles('person:anita-anand')).toEqual(['foreign affairs minister']);
    // An actor that held no office has none to search.
    expect(await officeTitles('country:china')).toBeUndefined();
  });

  it('are given back by migration 0011 to actors stored without them, and search finds them again', async () => {
    expect((await inspect.write(inspection.removeOfficeTitles, { token: CARNEY })).rows[0]!.removed).toBe(1);
    expect(await byOffice()).toEqual([]);

    // The migration's own statements, run as the migration runner runs a batched migration.
    const migration = readMigrations().find((m) => m.id === '0011-office-titles-backfill')!;
    expect(migration.batched).toBe(true);
    for (const [i, statement] of migration.statements.entries()) {
      await inspect.runBatchedFileStatement(`migration 0011 #${i + 1}`, statement);
    }
    expect(await officeTitles(CARNEY)).toEqual(['prime minister']);
    expect(await byOffice()).toEqual([CARNEY]);
  });
});
