import { DatabaseError } from '../../src/db/runner';
import { parseDocument } from '../../src/ingest/read-document';
import { ingestDocument } from '../../src/write/write-document';
import { postGraphql, startHttpService, type TestHttpService } from '../support/http-service';
import { sha256 } from '../../src/server/auth';
import { smallDocument, uniqueToken, type TestDocument } from '../support/documents';
import { inspection, useTestRunners } from '../support/test-neo4j';

jest.setTimeout(180_000);

const WRITE_KEY = 'atomicity-writer-key-0123456789';
/** Past the write path's batch size (500 rows), so a document is written in several batches. */
const EXTRA_ACTORS = 1_600;
const EXTRA_STATEMENTS = 600;

/** A document large enough that the write runs many UNWIND batches before it reaches its last fact. */
function largeDocument(token: string): TestDocument {
  const doc = smallDocument(token);
  const sentence = doc.statements[0].evidence.sentence as string;
  for (let i = 0; i < EXTRA_ACTORS; i++) {
    doc.actors.push({ id: `person:extra-${i}-${token}`, kind: 'PERSON', name: `Extra ${i} ${token}` });
  }
  for (let i = 0; i < EXTRA_STATEMENTS; i++) {
    doc.statements.push({
      id: `statement:extra-${i}-${token}`,
      kind: 'REPORTED',
      text: `Claim ${i}`,
      speaker: `person:extra-${i}-${token}`,
      // The quote's sentence gives no date of its own: the policy form, not words it does not hold.
      said: { expression: 'undated, before publication' },
      about: [`event:meeting-${token}`],
      evidence: { sentence },
    });
  }
  return doc;
}

/**
 * An ingest that fails deep in a large document leaves nothing of it behind: the whole document is one
 * transaction on the real write path, so the batches written before the failure are rolled back.
 */
describe('a write that fails half way leaves nothing behind', () => {
  const runners = useTestRunners('scratch');
  const counts = async () => (await runners.inspect.read(inspection.graphCounts, {})).rows[0]!;
  const countByToken = async (token: string) =>
    (await runners.inspect.read(inspection.countByToken, { token })).rows[0]!.count;

  it('the large document, whole and valid, is written: the batches are real', async () => {
    const token = uniqueToken('atomok');
    const report = await ingestDocument(runners.runner, parseDocument(largeDocument(token), 'large.json'));
    // source, 4 + 1,600 actors, the event, 1 + 600 statements
    expect(report.nodesCreated).toBe(1 + 4 + EXTRA_ACTORS + 1 + 1 + EXTRA_STATEMENTS);
    expect(await countByToken(token)).toBe(report.nodesCreated);
  });

  it('an invalid fact in the last statement, which only the database refuses, rolls back every batch before it', async () => {
    const token = uniqueToken('atomcut');
    const prepared = parseDocument(largeDocument(token), 'large-invalid.json');
    // Valid to the document schema, not to Neo4j: a property value may not be a map. It is the very last
    // row the write sends, after the source, 1,604 actors (four batches), the event and 600 statements.
    const last = prepared.statements.at(-1)!;
    Object.assign(last, { text: { nested: { map: 'not a property value' } } });
    const progress: string[] = [];
    const before = await counts();

    const attempt = ingestDocument(runners.runner, prepared, (done, total, step) =>
      progress.push(`${step} ${done}/${total}`),
    );
    await expect(attempt).rejects.toThrow(DatabaseError);
    await expect(attempt).rejects.toMatchObject({ code: 'DATABASE_ERROR' });

    // It did get deep: all actors and the first batch of 500 statements were written inside the
    // transaction before the batch with the last statement failed.
    expect(progress).toContain(
      `ingest-actors ${1 + 4 + EXTRA_ACTORS}/${1 + 4 + EXTRA_ACTORS + 1 + 1 + EXTRA_STATEMENTS}`,
    );
    expect(progress.filter((line) => line.startsWith('ingest-statements '))).toHaveLength(1);
    expect(await counts()).toEqual(before);
    expect(await countByToken(token)).toBe(0);
  });

  describe('through GraphQL', () => {
    let service: TestHttpService;
    beforeAll(async () => {
      service = await startHttpService(runners.runner, (s) => {
        s.rateLimitPerMinute = 0;
        s.auth.apiKeys = [{ name: 'atomic', role: 'write', sha256: sha256(WRITE_KEY) }];
      });
    });
    afterAll(() => service.close());

    it('a document whose last statement names an unknown speaker is refused whole, naming where', async () => {
      const token = uniqueToken('atomref');
      const doc = largeDocument(token);
      doc.statements.at(-1).speaker = `person:nobody-${token}`;
      const before = await counts();
      const answer = await postGraphql(
        service.url,
        {
          query: 'mutation($d: JSON!) { ingestDocument(document: $d) { nodesCreated } }',
          variables: { d: doc },
        },
        { authorization: `Bearer ${WRITE_KEY}` },
      );
      expect(answer.body.data).toBeNull();
      // An unknown id in a document is a problem of the document (as with npm run ingest), located.
      expect(answer.body.errors[0]).toMatchObject({
        message: `document.statements[${EXTRA_STATEMENTS}].speaker: unknown actor id 'person:nobody-${token}': declare it in this document's actors or load it first; nothing was written`,
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(await counts()).toEqual(before);
      expect(await countByToken(token)).toBe(0);
    });
  });
});
