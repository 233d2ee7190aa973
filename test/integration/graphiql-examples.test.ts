import fs from 'node:fs';
import { Kind, OperationTypeNode, parse, type OperationDefinitionNode } from 'graphql';
import { seedFiles } from '../../src/ingest/seed';
import { EXAMPLE_OPERATIONS_FILE } from '../../src/server/app';
import type { TestDocument } from '../support/documents';
import { graphqlClient } from '../support/graphql-client';
import { SEED_DIR } from '../support/seed-tally';
import { useSeededStory } from '../support/story';

jest.setTimeout(60_000);

const text = fs.readFileSync(EXAMPLE_OPERATIONS_FILE, 'utf8');
const operations = parse(text).definitions.filter(
  (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
);
const names = operations.map((operation) => operation.name!.value);
/** Mutation examples run with mutations on, so each must be a dry run: the seed stays untouched. */
const mutations = operations.filter((operation) => operation.operation === OperationTypeNode.MUTATION);

/** The story's words for its ids, read from seed/: event titles, actor names, source titles. */
const seed = (() => {
  const words = new Map<string, string>();
  for (const file of seedFiles(SEED_DIR)) {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as TestDocument;
    for (const source of [doc.source, ...(doc.externalSources ?? [])]) words.set(source.id, source.title);
    for (const actor of doc.actors ?? []) words.set(actor.id, actor.name);
    for (const event of doc.events ?? []) words.set(event.id, event.title);
  }
  return (id: string): string => {
    const found = words.get(id);
    if (found === undefined) throw new Error(`the seed declares no '${id}'`);
    return found;
  };
})();
const titles = (edges: Array<{ node: { title: string } }>) => edges.map((edge) => edge.node.title);

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return --
   answers are read as the operations shape them; jest/no-standalone-expect: each entry runs inside the
   it.each below */
/* eslint-disable jest/no-standalone-expect */
/**
 * What each example must answer on the story, from seed/ (01-carney-beijing.json and the teasers):
 * the events, actors and counts its comment promises. Every example has an entry.
 */
const EXPECTED: Record<string, (data: any) => void> = {
  Events2018: ({ timeline }) => {
    expect(timeline.totalCount).toBe(3);
    expect(titles(timeline.edges)).toEqual(
      [
        'event:canada-china-relationship-breakdown',
        'event:meng-wanzhou-arrest',
        'event:detention-of-two-canadians',
      ].map(seed),
    );
    // "how sure each date is": the year of the falling-out, the arrest's day from outside the article.
    expect(
      timeline.edges.map((edge: any) => [edge.node.time.precision, edge.node.time.outsideArticle]),
    ).toEqual([
      ['YEAR', false],
      ['DAY', true],
      ['DAY', true],
    ]);
  },
  CertainlyInDecember2018: ({ timeline }) => {
    expect(timeline.edges).toEqual([
      { node: { title: seed('event:meng-wanzhou-arrest'), time: { label: '1 Dec 2018' } } },
    ]);
  },
  CanolaTariffs: ({ timeline }) => {
    expect(titles(timeline.edges)).toEqual([seed('event:china-tariffs-pork-canola-seafood')]);
    const [tariffs] = timeline.edges.map((edge: any) => edge.node);
    expect(tariffs.participants).toEqual(
      expect.arrayContaining([
        { role: 'AGENT', actor: { name: seed('gov:china') } },
        { role: 'TARGET', actor: { name: seed('country:canada') } },
      ]),
    );
    expect(tariffs.causes).toEqual([
      expect.objectContaining({
        type: 'RETALIATION_FOR',
        event: expect.objectContaining({ title: seed('event:canada-tariffs-chinese-evs-steel-aluminum') }),
      }),
    ]);
  },
  CarneyAndXi: ({ together }) => {
    expect(together.edges.map((edge: any) => edge.node)).toEqual([
      expect.objectContaining({
        title: seed('event:carney-xi-meeting-apec'),
        status: 'HAPPENED',
        isFact: true,
      }),
      expect.objectContaining({
        title: seed('event:carney-xi-meeting-beijing'),
        status: 'PLANNED',
        isFact: false,
      }),
    ]);
  },
  BeforeTheDetentions: ({ around }) => {
    expect(around.edges.map((edge: any) => [edge.node.title, edge.relation.orderCertainty])).toEqual([
      [seed('event:canada-china-relationship-breakdown'), 'POSSIBLE'],
      [seed('event:meng-wanzhou-arrest'), 'CERTAIN'],
    ]);
    expect(around.edges[1].relation).toMatchObject({ certain: 'BEFORE', order: 'BEFORE' });
  },
  DuringTheVisit: ({ around }) => {
    expect(around.edges).toHaveLength(12);
    expect(titles(around.edges)).toEqual(
      expect.arrayContaining(
        [
          'event:carney-meets-senior-communist-leaders',
          'event:carney-xi-meeting-beijing',
          'event:anand-remarks-beijing',
        ].map(seed),
      ),
    );
    expect(titles(around.edges)).not.toContain(seed('event:carney-visit-to-china'));
    expect(around.edges.every((edge: any) => edge.relation.possible.includes('DURING'))).toBe(true);
  },
  WhatLedToChinasTariffs: ({ causalChain }) => {
    expect(causalChain.links.map((link: any) => [link.depth, link.type, link.cause.title])).toEqual([
      [1, 'RETALIATION_FOR', seed('event:canada-tariffs-chinese-evs-steel-aluminum')],
      [2, 'FOLLOWED_BY', seed('event:us-tariffs-chinese-evs')],
    ]);
    expect(causalChain.links[0].effect.title).toBe(seed('event:china-tariffs-pork-canola-seafood'));
    expect(causalChain.links.every((link: any) => link.evidence.sentence)).toBe(true);
  },
  WhatTheArrestLedTo: ({ causalChain }) => {
    expect(causalChain.events.map((event: any) => event.title)).toEqual(
      ['event:detention-of-two-canadians', 'event:canada-china-relationship-breakdown'].map(seed),
    );
  },
  ExpertsOnTheVisit: ({ statements }) => {
    expect(statements.totalCount).toBe(4);
    expect(statements.edges.map((edge: any) => edge.node.speaker.name)).toEqual(
      ['person:dylan-loh', 'person:dylan-loh', 'person:vina-nadjibulla', 'person:vina-nadjibulla'].map(seed),
    );
    expect(statements.edges.every((edge: any) => edge.node.evidence.length > 0)).toBe(true);
  },
  BeijingMeeting: ({ event }) => {
    expect(event).toMatchObject({
      title: seed('event:carney-xi-meeting-beijing'),
      status: 'PLANNED',
      time: { expression: 'on Friday', label: '16 Jan 2026' },
      partOf: { title: seed('event:carney-visit-to-china') },
    });
    const [evidence] = event.evidence;
    expect(evidence.source.title).toBe(seed('source:cp-2026-01-14-carney-beijing'));
    expect(evidence.sentence).toContain('will sit down with President Xi Jinping on Friday');
    expect(evidence.charEnd - evidence.charStart).toBe(evidence.sentence.length);
  },
  Carney: ({ actor }) => {
    expect(actor.name).toBe(seed('person:mark-carney'));
    expect(actor.roles).toEqual([
      expect.objectContaining({
        title: 'prime minister',
        organisation: { name: seed('gov:canada') },
        time: { label: 'since 14 Mar 2025', outsideArticle: true },
      }),
    ]);
    expect(actor.relationships).toEqual([
      { type: 'MEMBER_OF', direction: 'OUTGOING', other: { name: seed('org:liberal-party-of-canada') } },
    ]);
    expect(titles(actor.timeline.edges)).toEqual(
      [
        'event:carney-takes-office',
        'event:apec-summit-2025',
        'event:carney-xi-meeting-apec',
        'event:carney-visit-to-china',
        'event:carney-meets-senior-communist-leaders',
        'event:carney-xi-meeting-beijing',
        'event:expected-low-hanging-fruit-agreements',
      ].map(seed),
    );
    expect(actor.statementsMade.edges).toHaveLength(1);
  },
  AsOfEndOfJanuary: ({ timeline }) => {
    expect(timeline.totalCount).toBe(20);
    expect(timeline.pageInfo.hasNextPage).toBe(true);
    expect(timeline.edges).toHaveLength(5);
    expect(titles(timeline.edges)).toContain(seed('event:china-tariffs-pork-canola-seafood'));
  },
  NodeById: ({ node }) => {
    expect(node).toEqual({ id: 'gov:canada', name: seed('gov:canada'), metonyms: ['Ottawa'] });
  },
  Database: ({ database }) => {
    expect(database).toMatchObject({
      edition: 'community',
      name: 'neo4j',
      version: expect.stringMatching(/^5\.26\./),
    });
  },
  MoeToXi: ({ shortestPath }) => {
    expect(shortestPath.length).toBe(3);
    expect(shortestPath.nodes.map((node: any) => node.id)).toEqual([
      'person:scott-moe',
      'event:carney-visit-to-china',
      'event:carney-xi-meeting-apec',
      'person:xi-jinping',
    ]);
    // Each edge in its real direction: the FOLLOWED_BY link runs from the APEC meeting to the visit.
    expect(shortestPath.edges.map((edge: any) => [edge.source, edge.type, edge.target])).toEqual([
      ['person:scott-moe', 'PARTICIPATED_IN', 'event:carney-visit-to-china'],
      ['event:carney-xi-meeting-apec', 'FOLLOWED_BY', 'event:carney-visit-to-china'],
      ['person:xi-jinping', 'PARTICIPATED_IN', 'event:carney-xi-meeting-apec'],
    ]);
    expect(shortestPath.edges[2].evidence.sentence).toContain('first met last fall at the APEC summit');
    expect(shortestPath.cytoscape.nodes).toHaveLength(4);
  },
  FordToXiForwardInTime: ({ paths }) => {
    expect(paths).toHaveLength(3);
    for (const path of paths) {
      expect(path.length).toBe(5);
      expect(path.nodes[0].label).toBe(seed('person:doug-ford'));
      expect(path.nodes.at(-1).label).toBe(seed('person:xi-jinping'));
    }
  },
  AroundTheApecMeeting: ({ neighbourhood }) => {
    expect(neighbourhood.truncated).toBe(false);
    expect(
      neighbourhood.nodes.filter((node: any) => node.distance === 1).map((node: any) => node.id),
    ).toEqual(['event:apec-summit-2025', 'person:mark-carney', 'person:xi-jinping', 'place:gyeongju']);
    expect(neighbourhood.nodes.map((node: any) => node.id)).not.toContain('event:carney-visit-to-china');
    expect(neighbourhood.cytoscape.nodes).toHaveLength(neighbourhood.nodes.length);
  },
  SearchPrimeMinister: ({ search }) => {
    expect(search.totalCount).toBe(18);
    expect(search.edges).toHaveLength(5);
    expect(search.edges[0].node).toEqual({
      id: 'person:mark-carney',
      __typename: 'Actor',
      name: seed('person:mark-carney'),
    });
    expect(search.edges[0].matches).toContainEqual({ field: 'ROLE_TITLE', value: 'prime minister' });
  },
  TimelineExports2018: ({ timeline }) => {
    const ids = timeline.edges.map((edge: any) => edge.node.id);
    expect(ids).toEqual([
      'event:canada-china-relationship-breakdown',
      'event:meng-wanzhou-arrest',
      'event:detention-of-two-canadians',
    ]);
    expect(timeline.timelineJs.title.text.headline).toBe('Canada and China, 2018');
    expect(timeline.timelineJs.events.map((event: any) => event.unique_id)).toEqual(ids);
    expect(timeline.visTimeline.items.map((item: any) => item.id)).toEqual(expect.arrayContaining(ids));
  },
  CheckDocumentDryRun: ({ ingestDocument }) => {
    expect(ingestDocument).toEqual({
      dryRun: true,
      declared: [
        { id: 'source:example-dry-run', kind: 'SOURCE', alreadyStored: false },
        { id: 'event:example-carney-xi-call', kind: 'EVENT', alreadyStored: false },
      ],
    });
  },
};
/* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return, jest/no-standalone-expect */

describe('the example operations GraphiQL opens with', () => {
  const story = useSeededStory();
  const ask: ReturnType<typeof graphqlClient> = (...args) =>
    mutations.some((operation) => operation.name!.value === args[2])
      ? graphqlClient(story.runner, { mutationsEnabled: true })(...args)
      : story.ask(...args);

  it('has mutation examples that only check (dryRun: true), so running them writes nothing', () => {
    for (const operation of mutations) {
      for (const selection of operation.selectionSet.selections) {
        const dryRun =
          selection.kind === Kind.FIELD &&
          selection.arguments?.find((argument) => argument.name.value === 'dryRun');
        expect(dryRun && dryRun.value.kind === Kind.BOOLEAN && dryRun.value.value).toBe(true);
      }
    }
  });

  it('has an expected answer for every example, and none for an example that is gone', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...names].sort());
  });

  it.each(names)('%s runs as it stands and answers what its comment says', async (operationName) => {
    const response = await ask(text, {}, operationName);
    expect(response.errors).toBeUndefined();
    EXPECTED[operationName]!(response.data);
  });
});
