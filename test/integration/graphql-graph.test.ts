import fs from 'node:fs';
import { seedFiles } from '../../src/ingest/seed';
import type { TestDocument } from '../support/documents';
import { graphqlClient, type GraphQLAnswer } from '../support/graphql-client';
import { SEED_DIR } from '../support/seed-tally';
import { useSeededStory } from '../support/story';
import { inspection, openInspectionRunner } from '../support/test-neo4j';
import { GRAPH_RELATIONSHIP_TYPES } from '../../src/graph/relationship-types';

jest.setTimeout(60_000);

const NODE = `id kind label type status distance time { label earliestStart latestEnd }`;
const EDGE = `id type source target label role evidence { sentence source { id } }`;

const PATHS = `
  query Paths($source: ID!, $target: ID!, $k: Int, $maxHops: Int, $types: [GraphRelationType!],
              $from: PartialDate, $to: PartialDate, $timeRespecting: Boolean) {
    paths(source: $source, target: $target, k: $k, maxHops: $maxHops, types: $types, from: $from, to: $to,
          timeRespecting: $timeRespecting) {
      length timeRespecting nodes { ${NODE} } edges { ${EDGE} }
    }
  }`;

const SHORTEST = `
  query Shortest($source: ID!, $target: ID!, $maxHops: Int, $timeRespecting: Boolean) {
    shortestPath(source: $source, target: $target, maxHops: $maxHops, timeRespecting: $timeRespecting) {
      length timeRespecting cytoscape nodes { ${NODE} node { id ... on Actor { name } ... on Event { title } } }
      edges { ${EDGE} }
    }
  }`;

const NEIGHBOURHOOD = `
  query Neighbourhood($id: ID!, $depth: Int, $limit: Int, $from: PartialDate, $to: PartialDate,
                      $types: [GraphRelationType!]) {
    neighbourhood(id: $id, depth: $depth, limit: $limit, from: $from, to: $to, types: $types) {
      truncated cytoscape nodes { ${NODE} } edges { ${EDGE} }
    }
  }`;

/** Ordered pairs of the story's events that share a participant, read from seed/ (ids sorted). */
function eventPairsSharingAParticipant(): Array<[string, string]> {
  const byActor = new Map<string, Set<string>>();
  for (const file of seedFiles(SEED_DIR)) {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as TestDocument;
    for (const event of doc.events ?? [])
      for (const { actor } of event.participants as Array<{ actor: string }>)
        (byActor.get(actor) ?? byActor.set(actor, new Set()).get(actor)!).add(event.id as string);
  }
  const pairs = new Set<string>();
  for (const events of byActor.values())
    for (const a of events) for (const b of events) if (a !== b) pairs.add(JSON.stringify([a, b]));
  return [...pairs].sort().map((pair) => JSON.parse(pair) as [string, string]);
}

type Node = { id: string; kind: string; distance: number };
type Edge = {
  id: string;
  type: string;
  source: string;
  target: string;
  evidence: { sentence: string } | null;
};
type Path = { length: number; timeRespecting: boolean; nodes: Node[]; edges: Edge[] };

const ids = (path: Path) => path.nodes.map((node) => node.id);

/** Each edge joins its two neighbours on the path, in one direction or the other. */
function expectJoined(path: Path) {
  expect(path.edges).toHaveLength(path.nodes.length - 1);
  path.edges.forEach((edge, i) => {
    expect([edge.source, edge.target].sort()).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort());
  });
}

describe('graph questions on the story', () => {
  const story = useSeededStory();
  const ask: ReturnType<typeof graphqlClient> = (...args) => story.ask(...args);

  it('connects Premier Scott Moe to Xi Jinping through the Beijing visit, with real directions and evidence', async () => {
    const answer = await ask(SHORTEST, { source: 'person:scott-moe', target: 'person:xi-jinping' });
    expect(answer.errors).toBeUndefined();
    expectGraphQueries(answer, 'graph-shortest-paths');
    expect(answer.sent.map((query) => query.name).sort()).toEqual([
      'actors-by-ids',
      'events-by-ids',
      'graph-shortest-paths',
      'sources-by-ids',
    ]);
    const path = answer.data.shortestPath as Path & { cytoscape: unknown };
    expect(path.length).toBe(3);
    // Two 3-hop paths exist (through the APEC meeting or the Beijing meeting): the Beijing meeting is
    // only PLANNED, so the one through the APEC meeting, which happened, ranks first.
    expect(ids(path)).toEqual([
      'person:scott-moe',
      'event:carney-visit-to-china',
      'event:carney-xi-meeting-apec',
      'person:xi-jinping',
    ]);
    expectJoined(path);
    expect(path.edges.map((edge) => [edge.source, edge.type, edge.target])).toEqual([
      ['person:scott-moe', 'PARTICIPATED_IN', 'event:carney-visit-to-china'],
      ['event:carney-xi-meeting-apec', 'FOLLOWED_BY', 'event:carney-visit-to-china'],
      ['person:xi-jinping', 'PARTICIPATED_IN', 'event:carney-xi-meeting-apec'],
    ]);
    expect(path.edges[2]!.evidence!.sentence).toMatch(/Carney and Xi first met last fall at the APEC summit/);
    expect(path.nodes.map((node) => node.kind)).toEqual(['ACTOR', 'EVENT', 'EVENT', 'ACTOR']);
    expect(path.nodes.map((node) => node.distance)).toEqual([0, 1, 2, 3]);
    expect((path.nodes[3] as unknown as { node: { name: string } }).node.name).toBe('Xi Jinping');
    // Back from the visit (Jan 2026) to the APEC meeting (Oct 2025): forward in time read from Xi.
    expect(path.timeRespecting).toBe(true);
  });

  it('connects Doug Ford to Xi through his statement on the EV tariffs, whose evidence is the quote', async () => {
    const [path] = (
      await ask(PATHS, { source: 'person:doug-ford', target: 'person:xi-jinping', k: 1, maxHops: 6 })
    ).data.paths as Path[];
    expect(path!.length).toBe(5);
    expect(ids(path!).slice(0, 2)).toEqual([
      'person:doug-ford',
      'statement:ford-ev-tariffs-protect-auto-sector',
    ]);
    expectJoined(path!);
    expect(path!.nodes[1]).toMatchObject({ kind: 'STATEMENT' });
    expect(path!.edges.every((edge) => edge.evidence?.sentence)).toBe(true);
  });

  it('returns k distinct paths sorted by length, the first being shortestPath, the same at every call', async () => {
    const variables = { source: 'person:scott-moe', target: 'person:xi-jinping', k: 6 };
    const answer = await ask(PATHS, variables);
    // Two paths are shortest (3 hops), fewer than the 6 asked: the k-shortest search answers.
    expectGraphQueries(answer, 'graph-shortest-paths', 'graph-paths');
    const paths = answer.data.paths as Path[];
    expect(paths).toHaveLength(6);
    expect(new Set(paths.map((path) => JSON.stringify(path.edges.map((edge) => edge.id)))).size).toBe(6);
    const lengths = paths.map((path) => path.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    paths.forEach(expectJoined);
    paths.forEach((path) => expect(new Set(ids(path)).size).toBe(path.nodes.length));
    const shortest = await ask(SHORTEST, { source: 'person:scott-moe', target: 'person:xi-jinping' });
    expect(ids(paths[0]!)).toEqual(ids(shortest.data.shortestPath));
    const one = await ask(PATHS, { ...variables, k: 1 });
    expect(one.data.paths).toEqual([paths[0]]);
    expect((await ask(PATHS, variables)).data.paths).toEqual(paths);
  });

  it('finds paths as short as a breadth-first search over the stored graph, and every shortest one when asked for more', async () => {
    // The reference: distances and numbers of shortest paths (parallel relationships count apart) by a
    // breadth-first search in TypeScript over every relationship a path may follow without filters.
    const inspect = await openInspectionRunner('story');
    const relationships = await inspect
      .read(inspection.factRelationships, { types: [...GRAPH_RELATIONSHIP_TYPES] })
      .finally(() => inspect.driver.close());
    const neighbours = new Map<string, string[]>();
    const link = (a: string, b: string) => (neighbours.get(a) ?? neighbours.set(a, []).get(a)!).push(b);
    for (const { start, end } of relationships.rows) {
      if (start === end) continue;
      link(start, end);
      link(end, start);
    }
    const search = (source: string) => {
      const found = new Map<string, { hops: number; count: number }>([[source, { hops: 0, count: 1 }]]);
      for (let level = [source]; level.length > 0;) {
        const next: string[] = [];
        for (const node of level)
          for (const other of neighbours.get(node) ?? []) {
            const here = found.get(node)!;
            const there = found.get(other);
            if (there?.hops === here.hops + 1) there.count += here.count;
            else if (!there) {
              found.set(other, { hops: here.hops + 1, count: here.count });
              next.push(other);
            }
          }
        level = next;
      }
      return found;
    };
    // Ends spread over the sorted ids: actors, events and statements, hubs and leaves.
    const all = [...neighbours.keys()].sort();
    const ends = all.filter((_, i) => i % Math.ceil(all.length / 16) === 0);
    expect(new Set(ends.map((id) => id.split(':')[0])).size).toBeGreaterThanOrEqual(4);
    const ANSWERS = `query Answers($source: ID!, $target: ID!) {
      paths(source: $source, target: $target, k: 10, maxHops: 4) { length }
      shortestPath(source: $source, target: $target, maxHops: 4) { length }
    }`;
    // Per pair: the lengths of the shortest paths (all of them, up to ten), whether the rest are longer
    // (within the hops), which searches answered, and shortestPath's length.
    const expected: unknown[] = [];
    const answered: unknown[] = [];
    for (const [i, source] of ends.entries()) {
      const reference = search(source);
      for (const target of ends.slice(i + 1)) {
        const { hops, count } = reference.get(target) ?? { hops: Infinity, count: 0 };
        const within = hops <= 4;
        const shortest = within ? Math.min(count, 10) : 0;
        const answer = await ask(ANSWERS, { source, target });
        expect(answer.errors).toBeUndefined();
        const lengths = (answer.data.paths as Path[]).map((path) => path.length);
        const searches = answer.sent.map((query) => query.name).filter((name) => name.startsWith('graph-'));
        expected.push({
          pair: `${source} to ${target}`,
          shortest: Array(shortest).fill(hops),
          restLonger: true,
          searches:
            !within || count >= 10 ? ['graph-shortest-paths'] : ['graph-shortest-paths', 'graph-paths'],
          one: within ? hops : null,
        });
        answered.push({
          pair: `${source} to ${target}`,
          shortest: lengths.slice(0, shortest),
          restLonger: lengths.slice(shortest).every((length) => length > hops && length <= 4),
          // One shortestPath and one paths in the request: the first search for each, then the second.
          searches: [...new Set(searches)],
          one: (answer.data.shortestPath as Path | null)?.length ?? null,
        });
      }
    }
    expect(answered).toEqual(expected);
    // The pairs exercise both searches and the hop limit.
    const kinds = expected.map((row) => JSON.stringify((row as { searches: string[] }).searches));
    expect(new Set(kinds).size).toBe(2);
    expect(expected.some((row) => (row as { one: number | null }).one === null)).toBe(true);
  });

  it('with timeRespecting, keeps paths along which time runs one way and drops one that goes back and forth', async () => {
    // From the Beijing meeting (16 Jan 2026) to the landing (14 Jan 2026): through Xi, the APEC meeting
    // (Oct 2025) and Carney, time goes back then forward again, read from either end.
    const variables = {
      source: 'event:carney-xi-meeting-beijing',
      target: 'event:carney-lands-in-beijing',
      k: 10,
      maxHops: 4,
    };
    const zigzag = [
      'event:carney-xi-meeting-beijing',
      'person:xi-jinping',
      'event:carney-xi-meeting-apec',
      'person:mark-carney',
      'event:carney-lands-in-beijing',
    ];
    const all = (await ask(PATHS, { ...variables, types: ['PARTICIPATED_IN'] })).data.paths as Path[];
    const kept = (await ask(PATHS, { ...variables, types: ['PARTICIPATED_IN'], timeRespecting: true })).data
      .paths as Path[];
    expect(all.map(ids)).toContainEqual(zigzag);
    expect(all.find((path) => ids(path).join() === zigzag.join())!.timeRespecting).toBe(false);
    expect(kept.map(ids)).not.toContainEqual(zigzag);
    expect(kept.length).toBeGreaterThan(0);
    // The Cypher filter and the TypeScript check (Allen relations) agree.
    expect(kept.every((path) => path.timeRespecting)).toBe(true);
    expect(kept.map(ids)).toEqual(all.filter((path) => path.timeRespecting).map(ids));
    // One way or the other: the Moe-to-Xi path back from the visit to the APEC meeting runs forward from Xi.
    const moe = (
      await ask(PATHS, {
        source: 'person:scott-moe',
        target: 'person:xi-jinping',
        k: 5,
        timeRespecting: true,
      })
    ).data.paths as Path[];
    expect(moe.map(ids)).toContainEqual([
      'person:scott-moe',
      'event:carney-visit-to-china',
      'event:carney-xi-meeting-apec',
      'person:xi-jinping',
    ]);
  });

  it('filters in Cypher exactly the paths the TypeScript definition calls time-respecting, on every pair of story events', async () => {
    // Each path event -> shared participant -> event has one time-respecting verdict from each side:
    // the Cypher pattern's bound test (with timeRespecting: true, a path is found or not) and
    // isTimeRespecting (relate, Allen relations) behind each path's `timeRespecting` flag. Two dated
    // events always run one way, so every such path is kept; the test above has one that is not.
    const PAIR = `query Pair($a: ID!, $b: ID!) {
      all: paths(source: $a, target: $b, k: 10, maxHops: 2, types: [PARTICIPATED_IN]) {
        timeRespecting nodes { id }
      }
      kept: paths(source: $a, target: $b, k: 10, maxHops: 2, types: [PARTICIPATED_IN], timeRespecting: true) {
        nodes { id }
      }
      one: shortestPath(source: $a, target: $b, maxHops: 2, types: [PARTICIPATED_IN], timeRespecting: true) {
        nodes { id }
      }
    }`;
    const pairs = eventPairsSharingAParticipant();
    expect(pairs.length).toBeGreaterThan(200);
    const cypher: Array<[string, string, string[][]]> = [];
    const typescript: Array<[string, string, string[][]]> = [];
    const firstKept: Array<[string, string, string[] | null]> = [];
    for (const [a, b] of pairs) {
      const answer = await ask(PAIR, { a, b });
      expect(answer.errors).toBeUndefined();
      const all = answer.data.all as Path[];
      // Every path through a shared participant, not the first ten only.
      expect(all.length).toBeGreaterThan(0);
      expect(all.length).toBeLessThan(10);
      cypher.push([a, b, (answer.data.kept as Path[]).map(ids)]);
      typescript.push([a, b, all.filter((path) => path.timeRespecting).map(ids)]);
      // The shortest paths' search with its time filter picks the first the k-shortest search keeps.
      firstKept.push([a, b, (answer.data.one as Path | null) && ids(answer.data.one as Path)]);
    }
    expect(cypher).toEqual(typescript);
    expect(firstKept).toEqual(cypher.map(([a, b, paths]) => [a, b, paths[0] ?? null]));
    // The same verdict from either end: a pair kept one way is kept the other way.
    const kept = new Set(cypher.filter(([, , paths]) => paths.length > 0).map(([a, b]) => `${a} ${b}`));
    const oneWay = pairs.filter(([a, b]) => kept.has(`${a} ${b}`) !== kept.has(`${b} ${a}`));
    expect(oneWay).toEqual([]);
    expect(kept.has('event:carney-xi-meeting-apec event:carney-xi-meeting-beijing')).toBe(true);
    expect(kept.has('event:carney-xi-meeting-beijing event:carney-xi-meeting-apec')).toBe(true);
  });

  it('keeps events outside a window off the path, and says null when no path is left', async () => {
    const variables = { source: 'person:scott-moe', target: 'person:xi-jinping', k: 10, maxHops: 4 };
    const in2026 = (await ask(PATHS, { ...variables, from: '2026' })).data.paths as Path[];
    expect(in2026.length).toBeGreaterThan(0);
    const events = in2026.flatMap((path) => path.nodes.filter((node) => node.kind === 'EVENT'));
    expect(events.map((node) => node.id)).not.toContain('event:carney-xi-meeting-apec');
    const tooShort = await ask(SHORTEST, {
      source: 'person:scott-moe',
      target: 'person:xi-jinping',
      maxHops: 2,
    });
    expect(tooShort.errors).toBeUndefined();
    expect(tooShort.data.shortestPath).toBeNull();
  });

  it('draws the neighbourhood of the APEC meeting: Carney, Xi and Gyeongju at depth 1, more at depth 2', async () => {
    const one = await ask(NEIGHBOURHOOD, { id: 'event:carney-xi-meeting-apec' });
    expect(one.errors).toBeUndefined();
    expectGraphQueries(one, 'graph-neighbourhood');
    const graph = one.data.neighbourhood as {
      nodes: Node[];
      edges: Edge[];
      truncated: boolean;
      cytoscape: Cyto;
    };
    const nodeIds = graph.nodes.map((node) => node.id);
    expect(nodeIds[0]).toBe('event:carney-xi-meeting-apec');
    expect(nodeIds).toEqual(
      expect.arrayContaining([
        'person:mark-carney',
        'person:xi-jinping',
        'place:gyeongju',
        'event:apec-summit-2025',
      ]),
    );
    expect(graph.nodes.every((node) => node.distance <= 1)).toBe(true);
    expect(graph.truncated).toBe(false);
    expect(graph.edges.every((edge) => nodeIds.includes(edge.source) && nodeIds.includes(edge.target))).toBe(
      true,
    );
    expect(graph.edges).toContainEqual(
      expect.objectContaining({
        source: 'event:carney-xi-meeting-apec',
        type: 'TOOK_PLACE_IN',
        target: 'place:gyeongju',
      }),
    );
    expectCytoscapeOf(graph);

    const two = (await ask(NEIGHBOURHOOD, { id: 'event:carney-xi-meeting-apec', depth: 2 })).data
      .neighbourhood;
    expect(two.nodes.length).toBeGreaterThan(graph.nodes.length);
    expect(two.nodes.map((node: Node) => node.id)).toEqual(expect.arrayContaining(nodeIds));
    expect(Math.max(...two.nodes.map((node: Node) => node.distance))).toBe(2);
  });

  it('leaves out-of-window events out of a neighbourhood, and caps its size with truncated', async () => {
    const all = (await ask(NEIGHBOURHOOD, { id: 'event:carney-xi-meeting-apec', depth: 2 })).data
      .neighbourhood;
    const autumn = (
      await ask(NEIGHBOURHOOD, {
        id: 'event:carney-xi-meeting-apec',
        depth: 2,
        from: '2025-10',
        to: '2025-11',
      })
    ).data.neighbourhood;
    const idsOf = (graph: { nodes: Node[] }) => graph.nodes.map((node) => node.id);
    expect(idsOf(all)).toContain('event:carney-visit-to-china');
    expect(idsOf(autumn)).not.toContain('event:carney-visit-to-china');
    expect(idsOf(autumn)).toEqual(expect.arrayContaining(['person:mark-carney', 'event:apec-summit-2025']));
    const capped = (await ask(NEIGHBOURHOOD, { id: 'event:carney-xi-meeting-apec', depth: 2, limit: 5 })).data
      .neighbourhood;
    expect(capped.nodes).toHaveLength(5);
    expect(capped.truncated).toBe(true);
    expectCytoscapeOf(capped);
  });

  it('follows only the relationship types asked for', async () => {
    const graph = (await ask(NEIGHBOURHOOD, { id: 'person:mark-carney', types: ['HELD_ROLE'] })).data
      .neighbourhood;
    expect(graph.edges.length).toBeGreaterThan(0);
    expect(graph.edges.every((edge: Edge) => edge.type === 'HELD_ROLE')).toBe(true);
  });

  it.each([
    [SHORTEST, { source: 'person:nobody', target: 'person:xi-jinping' }, 'NOT_FOUND', /person:nobody/],
    [PATHS, { source: 'person:scott-moe', target: 'event:nothing' }, 'NOT_FOUND', /event:nothing/],
    [NEIGHBOURHOOD, { id: 'place:atlantis' }, 'NOT_FOUND', /place:atlantis/],
    [
      SHORTEST,
      { source: 'person:scott-moe', target: 'person:xi-jinping', maxHops: 9 },
      'BAD_USER_INPUT',
      /maxHops: .*1 to 8 \(the hop limit\), got 9/,
    ],
    [
      PATHS,
      { source: 'person:scott-moe', target: 'person:xi-jinping', k: 11 },
      'BAD_USER_INPUT',
      /k: .*1 to 10 \(the most paths one request returns\), got 11/,
    ],
    [
      NEIGHBOURHOOD,
      { id: 'gov:canada', depth: 4 },
      'BAD_USER_INPUT',
      /depth: .*1 to 3 \(the depth limit\), got 4/,
    ],
    [
      NEIGHBOURHOOD,
      { id: 'gov:canada', limit: 501 },
      'BAD_USER_INPUT',
      /limit: .*1 to 500 \(the node cap\), got 501/,
    ],
    [NEIGHBOURHOOD, { id: 'gov:canada', from: '2025-13' }, 'BAD_USER_INPUT', /2025-13/],
    [
      PATHS,
      { source: 'gov:canada', target: 'gov:china', from: '2026', to: '2025' },
      'BAD_USER_INPUT',
      /from: the window must start before it ends/,
    ],
    [
      PATHS,
      { source: 'gov:canada', target: 'gov:china', types: [] },
      'BAD_USER_INPUT',
      /types: an empty list/,
    ],
    [
      SHORTEST,
      { source: 'gov:canada', target: 'gov:canada' },
      'BAD_USER_INPUT',
      /target: must differ from source/,
    ],
  ])('refuses bad arguments (%#) with %s', async (query, variables, code, message) => {
    const answer: GraphQLAnswer = await ask(query, variables);
    expect(answer.errors?.[0]?.extensions?.code).toBe(code);
    expect(answer.errors?.[0]?.message).toMatch(message);
  });
});

/**
 * The graph queries for the top-level field, in order (the bidirectional search, then the quantified
 * one only when the first cannot answer); evidence sources and full entities come from the request's
 * batched loaders, one query each at most, whatever the number of nodes and edges.
 */
function expectGraphQueries(answer: GraphQLAnswer, ...graphQueries: string[]) {
  const names = answer.sent.map((query) => query.name);
  expect(names.slice(0, graphQueries.length)).toEqual(graphQueries);
  expect(names.filter((sent) => sent.startsWith('graph-'))).toEqual(graphQueries);
  expect(new Set(names).size).toBe(names.length);
  expect(names.slice(graphQueries.length).every((sent) => sent.endsWith('-by-ids'))).toBe(true);
}

type Cyto = {
  nodes: Array<{ data: { id: string; label: string } }>;
  edges: Array<{ data: { id: string; source: string; target: string; label: string } }>;
};

/** The Cytoscape.js export holds the same elements, and its edges reference only its nodes. */
function expectCytoscapeOf(graph: { nodes: Node[]; edges: Edge[]; cytoscape: Cyto }) {
  const nodeIds = graph.cytoscape.nodes.map((node) => node.data.id);
  expect(nodeIds).toEqual(graph.nodes.map((node) => node.id));
  expect(graph.cytoscape.edges.map((edge) => edge.data.id)).toEqual(graph.edges.map((edge) => edge.id));
  for (const { data } of graph.cytoscape.edges) {
    expect(nodeIds).toContain(data.source);
    expect(nodeIds).toContain(data.target);
    expect(data.label).toEqual(expect.any(String));
  }
  expect(graph.cytoscape.nodes.every((node) => node.data.label.length > 0)).toBe(true);
}
