import { ingestDocument } from '../../src/write/write-document';
import { parseDocument } from '../../src/ingest/read-document';
import { DocumentRejectedError } from '../../src/model/problems';
import { smallDocument, uniqueToken } from '../support/documents';
import { inspection, useTestRunners } from '../support/test-neo4j';

/** Sorted, so that two snapshots compare equal whatever order Neo4j returns them in. */
function normalise(snapshot: Record<string, unknown>) {
  const sortByJson = (items: unknown) => (items as unknown[]).map((item) => JSON.stringify(item)).sort();
  return { nodes: sortByJson(snapshot.nodes), relationships: sortByJson(snapshot.relationships) };
}

jest.setTimeout(60_000);

describe('ingesting documents into the real Neo4j', () => {
  const runners = useTestRunners('scratch');

  const snapshot = async (token: string) =>
    normalise((await runners.inspect.read(inspection.graphSnapshot, { token })).rows[0]!);
  const countNodes = async (token: string) =>
    (await runners.inspect.read(inspection.countByToken, { token })).rows[0]!.count;

  it('loading the same document twice changes nothing: same nodes, relationships and property values', async () => {
    const token = uniqueToken('idem');
    const first = await ingestDocument(runners.runner, parseDocument(smallDocument(token), 'small.json'));
    const afterFirst = await snapshot(token);
    const second = await ingestDocument(runners.runner, parseDocument(smallDocument(token), 'small.json'));
    const afterSecond = await snapshot(token);

    expect(first.nodesCreated).toBe(7); // source, 4 actors, event, statement
    // event: SUPPORTED_BY, 2 participants, place, sector; statement: SAID, 2 ABOUT, SUPPORTED_BY
    expect(first.relationshipsCreated).toBe(9);
    expect(second).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(afterSecond).toEqual(afterFirst);
    expect(afterFirst.nodes).toHaveLength(7);
  });

  it('stores the sentence of each fact with offsets that point at it in the stored text', async () => {
    const token = uniqueToken('prov');
    await ingestDocument(runners.runner, parseDocument(smallDocument(token), 'small.json'));
    const { rows } = await runners.inspect.read(inspection.graphSnapshot, { token });
    const nodes = rows[0]!.nodes as Array<{ labels: string[]; properties: Record<string, unknown> }>;
    const source = nodes.find((node) => node.labels.includes('Source'))!.properties;
    const relationships = rows[0]!.relationships as Array<{
      type: string;
      from: string;
      properties: Record<string, unknown>;
    }>;
    const support = relationships.find(
      (r) => r.type === 'SUPPORTED_BY' && r.from === `event:meeting-${token}`,
    )!;
    const { charStart, charEnd, sentence } = support.properties as {
      charStart: number;
      charEnd: number;
      sentence: string;
    };
    expect((source.text as string).slice(charStart, charEnd)).toBe(sentence);
    expect(sentence).toBe(`Alice ${token} met Bob ${token} in Exampleton on Monday.`);
    expect(support.properties.outsideArticle).toBe(false);
  });

  it('refuses a document naming an actor that is neither declared nor stored, and writes nothing of it', async () => {
    const token = uniqueToken('unknown');
    const doc = smallDocument(token);
    doc.events[0].participants.push({ actor: `person:nobody-${token}`, role: 'PARTICIPANT' });

    const attempt = ingestDocument(runners.runner, parseDocument(doc, 'unknown.json'));
    await expect(attempt).rejects.toThrow(DocumentRejectedError);
    await expect(attempt).rejects.toThrow(
      `events[0].participants[2].actor: unknown actor id 'person:nobody-${token}': declare it in this document's actors or load it first`,
    );
    expect(await countNodes(token)).toBe(0);
  });

  it('a second document that declares the same actor merges with it: one node, aliases joined, name kept', async () => {
    const token = uniqueToken('merge');
    await ingestDocument(runners.runner, parseDocument(smallDocument(token), 'first.json'));
    const later = {
      format: 'eventgraph/1',
      source: {
        id: `source:later-${token}`,
        kind: 'TEASER',
        title: 'Later teaser',
        capturedAt: '2026-02-05',
        referenceTime: '2026-02-05T00:00:00-05:00',
        text: `Ms. A ${token} says all is well.`,
      },
      actors: [{ id: `person:alice-${token}`, kind: 'PERSON', name: 'A. Someone', aliases: ['Ms. A'] }],
      statements: [
        {
          id: `statement:well-${token}`,
          kind: 'REPORTED',
          text: 'All is well.',
          speaker: `person:alice-${token}`,
          said: { expression: 'recently' },
          about: [`person:bob-${token}`],
          evidence: { sentence: `Ms. A ${token} says all is well.` },
        },
      ],
    };
    await ingestDocument(runners.runner, parseDocument(later, 'later.json'));

    const { rows } = await runners.inspect.read(inspection.actorById, { id: `person:alice-${token}` });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.labels).toEqual(expect.arrayContaining(['Actor', 'Person']));
    expect(rows[0]!.actor).toMatchObject({
      name: `Alice ${token}`,
      aliases: ['Alice', 'Ms. A'],
      kind: 'PERSON',
    });
  });

  it('refuses a document that would change the kind of a stored actor', async () => {
    const token = uniqueToken('kind');
    await ingestDocument(runners.runner, parseDocument(smallDocument(token), 'first.json'));
    const clash = smallDocument(token);
    clash.source.id = `source:clash-${token}`;
    clash.actors[1].kind = 'ORGANISATION';
    await expect(ingestDocument(runners.runner, parseDocument(clash, 'clash.json'))).rejects.toThrow(
      `actors[1].kind: 'person:bob-${token}' is stored as PERSON; a document cannot make it ORGANISATION`,
    );
    expect(
      (await runners.inspect.read(inspection.actorById, { id: `person:bob-${token}` })).rows[0]!.actor,
    ).toMatchObject({
      kind: 'PERSON',
    });
  });
});
