import type { QueryRunner } from '../../src/db/runner';
import { smallDocument, storyText, uniqueToken, type TestDocument } from '../support/documents';
import { graphqlClient, type GraphQLAnswer } from '../support/graphql-client';
import { useSeededStory } from '../support/story';
import { inspection, openInspectionRunner } from '../support/test-neo4j';

jest.setTimeout(60_000);

const INGEST = `mutation Ingest($document: JSON!, $dryRun: Boolean) {
  ingestDocument(document: $document, dryRun: $dryRun) {
    dryRun sourceId nodesCreated relationshipsCreated propertiesSet
    declared { id kind alreadyStored }
  }
}`;

const UPSERT_EVENT = `mutation Upsert($input: EventInput!) {
  upsertEvent(input: $input) {
    change
    changes { field before after }
    event {
      id title status time { expression label start }
      participants { role actor { id } }
      evidence { aspect sentence charStart charEnd outsideArticle note source { id text } }
    }
  }
}`;

const RETRACT_EVENT = `mutation Retract($id: ID!, $reason: String!) {
  retractEvent(id: $id, reason: $reason) {
    id kind label retractedAt reason hiddenRelationships { type direction otherId }
  }
}`;

type Problem = { path: string; message: string };
interface IngestAnswer {
  dryRun: boolean;
  sourceId: string;
  nodesCreated: number;
  relationshipsCreated: number;
  declared: Array<{ id: string; kind: string; alreadyStored: boolean }>;
}
const problemsOf = (answer: GraphQLAnswer) =>
  (answer.errors?.[0]?.extensions as { problems?: Problem[] } | undefined)?.problems ?? [];
const codeOf = (answer: GraphQLAnswer) => answer.errors?.[0]?.extensions?.code;

/** A new event on the small document's source, citing its third sentence, dated by its first. */
function talksInput(token: string, changes: Record<string, unknown> = {}) {
  return {
    id: `event:talks-${token}`,
    type: 'NEGOTIATION',
    title: 'Talks on widget tariffs',
    status: 'HAPPENED',
    time: {
      expression: 'on Monday',
      tense: 'PAST',
      evidence: {
        source: `source:${token}`,
        sentence: `Alice ${token} met Bob ${token} in Exampleton on Monday.`,
      },
    },
    participants: [{ actor: `person:alice-${token}`, role: 'AGENT' }],
    sectors: [`sector:widgets-${token}`],
    evidence: { source: `source:${token}`, sentence: 'The talks raised tariffs on widgets.' },
    ...changes,
  };
}

describe('mutations through GraphQL, on the real Neo4j', () => {
  const story = useSeededStory('scratch');
  const ask: ReturnType<typeof graphqlClient> = (...args) => story.ask(...args);
  let write: ReturnType<typeof graphqlClient>;
  let inspect: QueryRunner;
  beforeAll(async () => {
    write = graphqlClient(story.runner, { mutationsEnabled: true });
    inspect = await openInspectionRunner('scratch');
  });
  afterAll(() => inspect.driver.close());

  const countNodes = async (token: string) =>
    (await inspect.read(inspection.countByToken, { token })).rows[0]!.count;
  const storedNodes = async (token: string) =>
    (await inspect.read(inspection.graphSnapshot, { token })).rows[0]!.nodes as Array<{
      labels: string[];
      properties: Record<string, unknown>;
    }>;
  /** The small document loaded through the mutation: a source, four actors, an event, a statement. */
  const loadSmall = async (token: string) => {
    const answer = await write(INGEST, { document: smallDocument(token) });
    expect(answer.errors).toBeUndefined();
    return answer.data.ingestDocument as IngestAnswer;
  };

  describe('while the ENABLE_MUTATIONS lock is off', () => {
    it.each([
      ['ingestDocument', `mutation { ingestDocument(document: {}) { dryRun } }`],
      ['upsertEvent', `mutation($input: EventInput!) { upsertEvent(input: $input) { change } }`],
      [
        'upsertActor',
        `mutation { upsertActor(input: {id: "person:x", kind: PERSON, name: "X", evidence: {source: "source:x", sentence: "X"}}) { change } }`,
      ],
      [
        'upsertStatement',
        `mutation { upsertStatement(input: {id: "statement:x", kind: QUOTE, text: "x", speaker: "person:x", said: {expression: "2020"}, evidence: {source: "source:x", sentence: "x"}}) { change } }`,
      ],
      ['retractEvent', `mutation { retractEvent(id: "event:off-test", reason: "test") { id } }`],
      ['retractActor', `mutation { retractActor(id: "person:off-test", reason: "test") { id } }`],
      ['retractStatement', `mutation { retractStatement(id: "statement:x", reason: "test") { id } }`],
    ])(
      '%s answers MUTATIONS_DISABLED naming the variable, and sends nothing to Neo4j',
      async (_name, query) => {
        const token = uniqueToken('off');
        const answer = await ask(query, { input: talksInput(token) });
        expect(answer.data).toBeNull();
        expect(answer.errors).toEqual([
          expect.objectContaining({
            message: expect.stringContaining('ENABLE_MUTATIONS=true'),
            extensions: expect.objectContaining({ code: 'MUTATIONS_DISABLED' }),
          }),
        ]);
        expect(answer.sent).toEqual([]);
      },
    );

    it('leaves a document unwritten', async () => {
      const token = uniqueToken('offdoc');
      const answer = await ask(INGEST, { document: smallDocument(token) });
      expect(codeOf(answer)).toBe('MUTATIONS_DISABLED');
      expect(await countNodes(token)).toBe(0);
    });
  });

  describe('ingestDocument', () => {
    it('loads a document by the ingest path and says what it created; the story reads it back', async () => {
      const token = uniqueToken('ing');
      const first = await loadSmall(token);
      expect(first).toMatchObject({
        dryRun: false,
        sourceId: `source:${token}`,
        nodesCreated: 7,
        relationshipsCreated: 10,
      });
      expect(first.declared).toHaveLength(7);
      expect(first.declared).toContainEqual({
        id: `event:meeting-${token}`,
        kind: 'EVENT',
        alreadyStored: false,
      });
      expect(first.declared.every((d) => !d.alreadyStored)).toBe(true);

      const again = await loadSmall(token);
      expect(again).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
      expect(again.declared.every((d) => d.alreadyStored)).toBe(true);

      const read = await ask(
        `query($id: ID!, $actor: ID!) {
        event(id: $id) { title time { label } participants { actor { id } } }
        timeline(actors: [$actor]) { edges { node { id } } }
      }`,
        { id: `event:meeting-${token}`, actor: `person:alice-${token}` },
      );
      expect(read.errors).toBeUndefined();
      expect(read.data.event).toMatchObject({ title: 'Alice meets Bob', time: { label: '12 Jan 2026' } });
      expect(read.data.timeline.edges).toEqual([{ node: { id: `event:meeting-${token}` } }]);
    });

    it('refuses a bad document with every problem and its path, and writes nothing of it', async () => {
      const token = uniqueToken('baddoc');
      const doc: TestDocument = smallDocument(token);
      doc.actors[1].id = 'Bob';
      doc.events[0].time.expression = 'on Blursday';
      doc.statements[0].evidence.sentence = 'Nobody said this.';
      const answer = await write(INGEST, { document: doc });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(problemsOf(answer)).toEqual([
        {
          path: 'document.actors[1].id',
          message: 'must be a stable id such as "person:mark-carney" (prefix:lowercase-slug)',
        },
      ]);
      doc.actors[1].id = `person:bob-${token}`;
      const second = await write(INGEST, { document: doc });
      // The changed sentence no longer holds the QUOTE either: every problem is listed, not the first.
      expect(problemsOf(second).map((p) => p.path)).toEqual([
        'document.events[0].time.expression',
        'document.statements[0].evidence.sentence',
        'document.statements[0].text',
      ]);
      expect(second.errors?.[0]?.message).toMatch(/^document\.events\[0\]\.time\.expression: .*\(and 2 more/);
      expect(await countNodes(token)).toBe(0);
    });

    it('refuses a document referring to an actor nobody stored, after writing nothing', async () => {
      const token = uniqueToken('refdoc');
      const doc = smallDocument(token);
      doc.events[0].participants.push({ actor: `person:nobody-${token}`, role: 'PARTICIPANT' });
      const answer = await write(INGEST, { document: doc });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(problemsOf(answer)).toEqual([
        {
          path: 'document.events[0].participants[2].actor',
          message: `unknown actor id 'person:nobody-${token}': declare it in this document's actors or load it first`,
        },
      ]);
      expect(await countNodes(token)).toBe(0);
    });

    it('with dryRun, checks the document against the database and writes nothing', async () => {
      const token = uniqueToken('dry');
      const answer = await write(INGEST, { document: smallDocument(token), dryRun: true });
      expect(answer.errors).toBeUndefined();
      expect(answer.data.ingestDocument).toMatchObject({ dryRun: true, nodesCreated: 0 });
      // The dry run reads what the ingest would check: the ids it refers to, and the time network.
      expect(answer.sent).toEqual([
        { name: 'ingest-check-references', mode: 'read' },
        { name: 'time-network', mode: 'read' },
      ]);
      expect(await countNodes(token)).toBe(0);

      const doc = smallDocument(token);
      doc.events[0].partOf = `event:nothing-${token}`;
      const refused = await write(INGEST, { document: doc, dryRun: true });
      expect(problemsOf(refused)).toEqual([expect.objectContaining({ path: 'document.events[0].partOf' })]);
    });
  });

  describe('upsertEvent', () => {
    it('creates an event with its evidence located in the stored text, then reports exactly what an update changed', async () => {
      const token = uniqueToken('ups');
      await loadSmall(token);
      const created = await write(UPSERT_EVENT, { input: talksInput(token) });
      expect(created.errors).toBeUndefined();
      // One transaction of three queries; the source's text, which the event map does not carry, is loaded after.
      expect(created.sent).toEqual([
        { name: 'upsert-context', mode: 'write' },
        { name: 'ingest-check-references', mode: 'write' },
        { name: 'upsert-event', mode: 'write' },
        // The event's time, and the times of those tied to it, re-derived in the same transaction.
        { name: 'time-network', mode: 'write' },
        { name: 'time-network-write', mode: 'write' },
        { name: 'sources-by-ids', mode: 'read' },
      ]);
      const result = created.data.upsertEvent;
      expect(result.change).toBe('CREATED');
      expect(result.changes.map((c: { field: string }) => c.field)).toEqual([
        'type',
        'title',
        'status',
        'time',
        'participants',
        'sectors',
        'evidence',
      ]);
      expect(result.event.time).toEqual({
        expression: 'on Monday',
        label: '12 Jan 2026',
        start: '2026-01-12T00:00:00.000-05:00',
      });
      const evidence = result.event.evidence.find((e: { aspect: string }) => e.aspect === 'event');
      expect(evidence).toMatchObject({ aspect: 'event', outsideArticle: false, note: null });
      expect(evidence.source.text.slice(evidence.charStart, evidence.charEnd)).toBe(
        'The talks raised tariffs on widgets.',
      );
      expect(evidence.source.text).toBe(storyText(token));

      const updated = await write(UPSERT_EVENT, {
        input: talksInput(token, {
          title: 'Alice and Bob talk widget tariffs',
          participants: [
            { actor: `person:alice-${token}`, role: 'AGENT' },
            { actor: `person:bob-${token}`, role: 'COUNTERPART' },
          ],
        }),
      });
      expect(updated.errors).toBeUndefined();
      expect(updated.data.upsertEvent.change).toBe('UPDATED');
      expect(updated.data.upsertEvent.changes).toEqual([
        { field: 'title', before: 'Talks on widget tariffs', after: 'Alice and Bob talk widget tariffs' },
        {
          field: 'participants',
          before: [{ actor: `person:alice-${token}`, role: 'AGENT', mentionedAs: null }],
          after: [
            { actor: `person:alice-${token}`, role: 'AGENT', mentionedAs: null },
            { actor: `person:bob-${token}`, role: 'COUNTERPART', mentionedAs: null },
          ],
        },
      ]);

      const removed = await write(UPSERT_EVENT, { input: talksInput(token) });
      expect(removed.data.upsertEvent.changes.map((c: { field: string }) => c.field)).toEqual([
        'title',
        'participants',
      ]);
      const read = await ask(`query($id: ID!) { event(id: $id) { title participants { actor { id } } } }`, {
        id: `event:talks-${token}`,
      });
      expect(read.data.event).toEqual({
        title: 'Talks on widget tariffs',
        participants: [{ actor: { id: `person:alice-${token}` } }],
      });

      const same = await write(UPSERT_EVENT, { input: talksInput(token) });
      expect(same.data.upsertEvent).toMatchObject({ change: 'UNCHANGED', changes: [] });
    });

    it("withdraws only its own source from what another source also states, which keeps that source's words", async () => {
      const token = uniqueToken('two');
      await loadSmall(token);
      const teaserSentence = `Alice ${token} and Bob ${token} met on Monday.`;
      const teaser = {
        format: 'eventgraph/1',
        source: {
          id: `source:teaser-${token}`,
          kind: 'TEASER',
          title: `Teaser ${token}`,
          publishedAt: '2026-01-15T09:00:00-05:00',
          text: teaserSentence,
        },
        events: [
          {
            id: `event:meeting-${token}`,
            type: 'MEETING',
            title: 'Alice meets Bob',
            status: 'HAPPENED',
            time: { expression: 'on Monday', tense: 'past' },
            participants: [{ actor: `person:bob-${token}`, role: 'COUNTERPART' }],
            evidence: { sentence: teaserSentence },
          },
        ],
      };
      const ingested = await write(INGEST, { document: teaser });
      expect(ingested.errors).toBeUndefined();
      const PARTICIPANTS = `query($id: ID!) {
        all: event(id: $id) { participants { actor { id } evidence { sentence source { id } statedBy { id } } } }
        article: event(id: $id, sourceKinds: [ARTICLE]) { participants { actor { id } } }
      }`;
      const bob = (answer: GraphQLAnswer) =>
        (answer.data.all.participants as Array<{ actor: { id: string }; evidence: unknown }>).find(
          (p) => p.actor.id === `person:bob-${token}`,
        );
      const before = await ask(PARTICIPANTS, { id: `event:meeting-${token}` });
      // The teaser came last; the article's sentence stays, and both sources state Bob took part.
      expect(bob(before)?.evidence).toEqual({
        sentence: `Alice ${token} met Bob ${token} in Exampleton on Monday.`,
        source: { id: `source:${token}` },
        statedBy: expect.arrayContaining([{ id: `source:${token}` }, { id: `source:teaser-${token}` }]),
      });

      // Only the article says where they met: a place filter under the teaser alone finds nothing.
      const PLACED = `query($place: ID!, $source: ID!) {
        timeline(places: [$place], sources: [$source]) { edges { node { id } } }
      }`;
      const placedBy = async (source: string): Promise<string[]> => {
        const answer = await ask(PLACED, { place: `place:exampleton-${token}`, source });
        const edges = answer.data.timeline.edges as Array<{ node: { id: string } }>;
        return edges.map((edge) => edge.node.id);
      };
      expect(await placedBy(`source:teaser-${token}`)).toEqual([]);
      expect(await placedBy(`source:${token}`)).toEqual([`event:meeting-${token}`]);

      const articleWithoutBob = {
        id: `event:meeting-${token}`,
        type: 'MEETING',
        title: 'Alice meets Bob',
        status: 'HAPPENED',
        time: {
          expression: 'on Monday',
          tense: 'PAST',
          evidence: {
            source: `source:${token}`,
            sentence: `Alice ${token} met Bob ${token} in Exampleton on Monday.`,
          },
        },
        participants: [{ actor: `person:alice-${token}`, role: 'AGENT' }],
        evidence: {
          source: `source:${token}`,
          sentence: `Alice ${token} met Bob ${token} in Exampleton on Monday.`,
        },
      };
      const upserted = await write(UPSERT_EVENT, { input: articleWithoutBob });
      expect(upserted.errors).toBeUndefined();
      const after = await ask(PARTICIPANTS, { id: `event:meeting-${token}` });
      expect(bob(after)?.evidence).toEqual({
        sentence: teaserSentence,
        source: { id: `source:teaser-${token}` },
        statedBy: [{ id: `source:teaser-${token}` }],
      });
      expect(after.data.article.participants).toEqual([{ actor: { id: `person:alice-${token}` } }]);
    });

    it('refuses a sentence that is not in the source, naming the field, and writes nothing', async () => {
      const token = uniqueToken('sent');
      await loadSmall(token);
      const before = await countNodes(token);
      const answer = await write(UPSERT_EVENT, {
        input: talksInput(token, {
          evidence: { source: `source:${token}`, sentence: 'The talks lowered tariffs on widgets.' },
        }),
      });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).toBe(
        `input.evidence.sentence: not found word for word in the text of 'source:${token}'; nothing was written`,
      );
      expect(problemsOf(answer)).toEqual([
        {
          path: 'input.evidence.sentence',
          message: `not found word for word in the text of 'source:${token}'`,
        },
      ]);
      expect(await countNodes(token)).toBe(before);
    });

    it('refuses a malformed time expression as BAD_USER_INPUT naming input.time.expression', async () => {
      const token = uniqueToken('date');
      await loadSmall(token);
      const answer = await write(UPSERT_EVENT, {
        input: talksInput(token, { time: { expression: '2025-13-45' } }),
      });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(problemsOf(answer).map((p) => p.path)).toEqual(['input.time.expression']);
      expect((await storedNodes(token)).map((n) => n.properties.id)).not.toContain(`event:talks-${token}`);
    });

    it('answers NOT_FOUND for unknown ids in the input: the source, a participant', async () => {
      const token = uniqueToken('unk');
      await loadSmall(token);
      const noSource = await write(UPSERT_EVENT, {
        input: talksInput(token, {
          evidence: { source: `source:none-${token}`, sentence: 'x' },
          time: { expression: '2026-01-12' },
        }),
      });
      expect(codeOf(noSource)).toBe('NOT_FOUND');
      expect(problemsOf(noSource)).toEqual([
        { path: 'input.evidence.source', message: `unknown source id 'source:none-${token}'` },
      ]);
      const noActor = await write(UPSERT_EVENT, {
        input: talksInput(token, { participants: [{ actor: `person:none-${token}`, role: 'AGENT' }] }),
      });
      expect(codeOf(noActor)).toBe('NOT_FOUND');
      expect(problemsOf(noActor).map((p) => p.path)).toEqual(['input.participants[0].actor']);
    });

    it('refuses evidence that gives both a sentence and a note', async () => {
      const token = uniqueToken('both');
      await loadSmall(token);
      const answer = await write(UPSERT_EVENT, {
        input: talksInput(token, {
          evidence: {
            source: `source:${token}`,
            sentence: 'The talks raised tariffs on widgets.',
            note: 'x',
          },
        }),
      });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(problemsOf(answer)).toEqual([
        { path: 'input.evidence', message: expect.stringContaining('not both') },
      ]);
    });

    it('takes an outside reference as evidence, with an absolute date (relative words need a publication)', async () => {
      const token = uniqueToken('ref');
      const doc = smallDocument(token);
      doc.externalSources = [{ id: `source:ref-${token}`, kind: 'REFERENCE', title: 'A wire story' }];
      expect((await write(INGEST, { document: doc })).errors).toBeUndefined();
      const note = 'The wire reported the talks on that date.';
      const evidence = { source: `source:ref-${token}`, note };
      const answer = await write(UPSERT_EVENT, {
        input: talksInput(token, { time: { expression: '2025-11-03' }, evidence }),
      });
      expect(answer.errors).toBeUndefined();
      expect(answer.data.upsertEvent.event.evidence).toEqual([
        expect.objectContaining({ outsideArticle: true, note, sentence: null, charStart: null }),
      ]);
      const relative = await write(UPSERT_EVENT, {
        input: talksInput(token, { time: { expression: 'on Monday' }, evidence }),
      });
      expect(problemsOf(relative)).toEqual([
        { path: 'input.time', message: 'relative times need source.referenceTime or source.publishedAt' },
      ]);
    });
  });

  describe('one write path: a fact alone and the same fact in a document', () => {
    /** The talks event as a document's fact: the same fields, in the document's spelling. */
    const asDocumentFact = (input: ReturnType<typeof talksInput>) => ({
      ...input,
      time: { ...input.time, tense: input.time.tense.toLowerCase() },
    });
    const relative = (problems: Problem[], prefix: string) =>
      problems.map(({ path, message }) => {
        expect(path.startsWith(prefix)).toBe(true);
        return { path: path.slice(prefix.length), message };
      });

    it.each([
      [
        'a sentence not in the source',
        (token: string) => ({
          evidence: { source: `source:${token}`, sentence: 'The talks lowered tariffs on widgets.' },
        }),
        ['.evidence.sentence'],
      ],
      [
        'an unknown participant',
        (token: string) => ({ participants: [{ actor: `person:nobody-${token}`, role: 'AGENT' }] }),
        ['.participants[0].actor'],
      ],
      [
        'a bad time expression',
        () => ({ time: { expression: 'on Blursday', tense: 'PAST' } }),
        ['.time.expression'],
      ],
      ['an event part of itself', (token: string) => ({ partOf: `event:talks-${token}` }), ['.partOf']],
    ])('gives the same problem for %s, and writes nothing either way', async (_name, change, paths) => {
      const token = uniqueToken('same');
      await loadSmall(token);
      const before = await countNodes(token);
      const input = talksInput(token, change(token));

      const alone = await write(UPSERT_EVENT, { input });
      const doc = smallDocument(token);
      doc.events.push(asDocumentFact(input));
      const inDocument = await write(INGEST, { document: doc });

      expect(alone.data).toBeNull();
      expect(inDocument.data).toBeNull();
      const aloneProblems = relative(problemsOf(alone), 'input');
      expect(aloneProblems.map((p) => p.path)).toEqual(paths);
      expect(relative(problemsOf(inDocument), 'document.events[1]')).toEqual(aloneProblems);
      expect(await countNodes(token)).toBe(before);
    });
  });

  describe('upsertActor and upsertStatement', () => {
    it('renames an actor (a document would not) and refuses to change its kind', async () => {
      const token = uniqueToken('act');
      await loadSmall(token);
      const UPSERT_ACTOR = `mutation($input: ActorInput!) {
        upsertActor(input: $input) { change changes { field before after } actor { id name kind mentions { sentence source { id } } } }
      }`;
      const input = {
        id: `person:bob-${token}`,
        kind: 'PERSON',
        name: `Robert ${token}`,
        aliases: ['Bob'],
        evidence: {
          source: `source:${token}`,
          sentence: `Alice ${token} met Bob ${token} in Exampleton on Monday.`,
        },
      };
      const answer = await write(UPSERT_ACTOR, { input });
      expect(answer.errors).toBeUndefined();
      expect(answer.data.upsertActor.change).toBe('UPDATED');
      expect(answer.data.upsertActor.changes).toEqual([
        { field: 'name', before: `Bob ${token}`, after: `Robert ${token}` },
        { field: 'aliases', before: [], after: ['Bob'] },
        {
          field: 'mentions',
          before: [],
          after: [
            expect.objectContaining({ sourceId: `source:${token}`, sentence: input.evidence.sentence }),
          ],
        },
      ]);
      const kind = await write(UPSERT_ACTOR, { input: { ...input, kind: 'PLACE' } });
      expect(codeOf(kind)).toBe('BAD_USER_INPUT');
      expect(problemsOf(kind)).toEqual([
        {
          path: 'input.kind',
          message: `'person:bob-${token}' is stored as PERSON; a document cannot make it PLACE`,
        },
      ]);
    });

    it('creates a statement and refuses a QUOTE that its sentence does not contain', async () => {
      const token = uniqueToken('stm');
      await loadSmall(token);
      const UPSERT_STATEMENT = `mutation($input: StatementInput!) {
        upsertStatement(input: $input) { change statement { id text speaker { id } about { id } time { label } evidence { charStart charEnd } } }
      }`;
      const input = {
        id: `statement:agreed-again-${token}`,
        kind: 'REPORTED',
        text: 'Alice said they agreed on everything.',
        speaker: `person:alice-${token}`,
        said: { expression: 'undated, before publication' },
        about: [`event:meeting-${token}`],
        evidence: { source: `source:${token}`, sentence: `"We agreed on everything," Alice ${token} said.` },
      };
      const answer = await write(UPSERT_STATEMENT, { input });
      expect(answer.errors).toBeUndefined();
      expect(answer.data.upsertStatement).toMatchObject({
        change: 'CREATED',
        statement: {
          speaker: { id: `person:alice-${token}` },
          about: [{ id: `event:meeting-${token}` }],
          // Its sentence gives no date: said before publication, a window.
          time: { label: 'within 14 Oct 2025 – 14 Jan 2026' },
        },
      });
      const quote = await write(UPSERT_STATEMENT, { input: { ...input, kind: 'QUOTE' } });
      expect(problemsOf(quote)).toEqual([
        { path: 'input.text', message: 'a QUOTE must appear word for word in its evidence sentence' },
      ]);
    });
  });

  describe('retraction', () => {
    it('takes an event out of event, timeline and node, keeps it in the database for audit, and says what it hid', async () => {
      const token = uniqueToken('ret');
      await loadSmall(token);
      const id = `event:meeting-${token}`;
      const answer = await write(RETRACT_EVENT, { id, reason: 'a test of retraction' });
      expect(answer.errors).toBeUndefined();
      const retraction = answer.data.retractEvent;
      expect(retraction).toMatchObject({
        id,
        kind: 'EVENT',
        label: 'Alice meets Bob',
        reason: 'a test of retraction',
      });
      expect(retraction.hiddenRelationships).toEqual(
        expect.arrayContaining([
          { type: 'PARTICIPATED_IN', direction: 'INCOMING', otherId: `person:alice-${token}` },
          { type: 'ABOUT', direction: 'INCOMING', otherId: `statement:agreed-${token}` },
          { type: 'TOOK_PLACE_IN', direction: 'OUTGOING', otherId: `place:exampleton-${token}` },
        ]),
      );

      const event = await ask(`query($id: ID!) { event(id: $id) { id } }`, { id });
      expect(codeOf(event)).toBe('NOT_FOUND');
      const node = await ask(`query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(codeOf(node)).toBe('NOT_FOUND');
      const timeline = await ask(`query($a: ID!) { timeline(actors: [$a]) { edges { node { id } } } }`, {
        a: `person:alice-${token}`,
      });
      expect(timeline.data.timeline.edges).toEqual([]);
      const statement = await ask(`query($id: ID!) { statement(id: $id) { about { id } } }`, {
        id: `statement:agreed-${token}`,
      });
      expect(statement.data.statement.about).toEqual([{ id: `person:bob-${token}` }]);
      const about = await ask(`query($id: ID!) { statements(about: [$id]) { totalCount } }`, { id });
      expect(codeOf(about)).toBe('NOT_FOUND');

      // Graph questions and search walk live facts only: the retracted event keeps its relationships.
      const around = await ask(`query($a: ID!) { neighbourhood(id: $a, depth: 2) { nodes { id kind } } }`, {
        a: `person:alice-${token}`,
      });
      expect(around.errors).toBeUndefined();
      expect(around.data.neighbourhood.nodes.map((n: { id: string }) => n.id)).not.toContain(id);
      const path = await ask(
        `query($a: ID!, $b: ID!) { shortestPath(source: $a, target: $b) { nodes { id } } }`,
        { a: `person:alice-${token}`, b: `place:exampleton-${token}` },
      );
      expect(path.errors).toBeUndefined();
      expect(path.data.shortestPath).toBeNull();
      const found = await ask(
        `query { search(text: "Alice meets Bob", kinds: [EVENT]) { edges { node { id } } } }`,
      );
      expect(found.data.search.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);

      const stored = (await storedNodes(token)).find((n) => n.properties.id === id)!;
      expect(stored.labels).toEqual(['RetractedEvent']);
      expect(stored.properties).toMatchObject({
        title: 'Alice meets Bob',
        retractedReason: 'a test of retraction',
      });

      const twice = await write(RETRACT_EVENT, { id, reason: 'again' });
      expect(codeOf(twice)).toBe('NOT_FOUND');
      expect(twice.errors?.[0]?.message).toMatch(/was retracted at .*: a test of retraction/);
    });

    it('lets the id be declared again: a new live event, the retracted one kept (the unique constraint holds)', async () => {
      const token = uniqueToken('again');
      await loadSmall(token);
      await write(UPSERT_EVENT, { input: talksInput(token) });
      const id = `event:talks-${token}`;
      expect((await write(RETRACT_EVENT, { id, reason: 'wrong' })).errors).toBeUndefined();
      const again = await write(UPSERT_EVENT, { input: talksInput(token) });
      expect(again.errors).toBeUndefined();
      expect(again.data.upsertEvent.change).toBe('CREATED');
      const updated = await write(UPSERT_EVENT, { input: talksInput(token, { title: 'Renamed' }) });
      expect(updated.data.upsertEvent.change).toBe('UPDATED');
      const withId = (await storedNodes(token)).filter((n) => n.properties.id === id);
      expect(withId.map((n) => n.labels).sort()).toEqual([['Event'], ['RetractedEvent']]);
    });

    it('refuses to retract an actor live facts still refer to, listing them, then retracts it once they are gone', async () => {
      const token = uniqueToken('retact');
      await loadSmall(token);
      const RETRACT_ACTOR = `mutation($id: ID!) { retractActor(id: $id, reason: "test") { id kind hiddenRelationships { type otherId } } }`;
      const bob = `person:bob-${token}`;
      const refused = await write(RETRACT_ACTOR, { id: bob });
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.message).toContain(`event:meeting-${token} (PARTICIPATED_IN)`);
      expect((refused.errors?.[0]?.extensions as { referencedBy: unknown[] }).referencedBy).toEqual(
        expect.arrayContaining([
          { type: 'PARTICIPATED_IN', direction: 'OUTGOING', otherId: `event:meeting-${token}` },
          { type: 'ABOUT', direction: 'INCOMING', otherId: `statement:agreed-${token}` },
        ]),
      );
      expect((await ask(`query($id: ID!) { actor(id: $id) { id } }`, { id: bob })).data.actor).toEqual({
        id: bob,
      });

      await write(`mutation($id: ID!) { retractStatement(id: $id, reason: "test") { id } }`, {
        id: `statement:agreed-${token}`,
      });
      await write(RETRACT_EVENT, { id: `event:meeting-${token}`, reason: 'test' });
      const retracted = await write(RETRACT_ACTOR, { id: bob });
      expect(retracted.errors).toBeUndefined();
      expect(retracted.data.retractActor).toEqual({ id: bob, kind: 'ACTOR', hiddenRelationships: [] });
      expect(codeOf(await ask(`query($id: ID!) { actor(id: $id) { id } }`, { id: bob }))).toBe('NOT_FOUND');
      const stored = (await storedNodes(token)).find((n) => n.properties.id === bob)!;
      expect(stored.labels).toEqual(['RetractedActor']);
      expect(stored.properties.kind).toBe('PERSON');
    });

    it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a blank reason', async () => {
      const token = uniqueToken('none');
      const unknown = await write(RETRACT_EVENT, { id: `event:none-${token}`, reason: 'test' });
      expect(codeOf(unknown)).toBe('NOT_FOUND');
      expect(unknown.errors?.[0]?.message).toBe(`no event has the id 'event:none-${token}'`);
      const blank = await write(RETRACT_EVENT, { id: `event:none-${token}`, reason: '  ' });
      expect(codeOf(blank)).toBe('BAD_USER_INPUT');
      expect(blank.errors?.[0]?.message).toMatch(/^reason: /);
    });
  });
});
