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
    // What the article leaves undated over years ("years of warnings", "repeatedly") may lie in 2018
    // too: windows, never placed for certain before or after the dated events.
    const windows = timeline.edges.filter((edge: any) => edge.node.time.precision === 'WINDOW');
    expect(titles(windows)).toEqual(
      expect.arrayContaining([seed('event:warnings-chinese-electoral-interference')]),
    );
    expect(timeline.totalCount).toBe(3 + windows.length);
    const dated = timeline.edges.filter((edge: any) => edge.node.time.precision !== 'WINDOW');
    // Cause before effect: the arrest, the detention in retaliation for it, the falling-apart it caused.
    expect(titles(dated)).toEqual(
      [
        'event:meng-wanzhou-arrest',
        'event:detention-of-two-canadians',
        'event:canada-china-relationship-breakdown',
      ].map(seed),
    );
    // "how sure each date is": the arrest's day and the detention's years from outside the article,
    // the falling-out's year from the article.
    expect(dated.map((edge: any) => [edge.node.time.precision, edge.node.time.outsideArticle])).toEqual([
      ['DAY', true],
      ['YEAR', true],
      ['YEAR', false],
    ]);
    // Each step of the order: by the dates (1 Dec before 10 Dec), then by the stated cause.
    const next = (edge: any) => timeline.edges[timeline.edges.indexOf(edge) + 1];
    expect(next(dated[0]).node.title).toBe(seed('event:detention-of-two-canadians'));
    expect([next(dated[0]).orderCertainty, next(dated[1]).orderCertainty]).toEqual(['CERTAIN', 'CERTAIN']);
    expect(dated[2].orderNote).toBe('the links put event:detention-of-two-canadians first');
    expect(dated[2].node.time.derivations).toEqual([
      {
        explanation: expect.stringMatching(
          /^starts no earlier than 10 Dec 2018: "China detains two Canadians \(Kovrig and Spavor\)" was followed by it, "The Canada-China relationship fell apart in 2018 after China detained two Canadians"$/,
        ),
      },
      { explanation: 'ends no earlier than 10 Dec 2018: it cannot end before it starts' },
    ]);
  },
  CertainlyInDecember2018: ({ timeline }) => {
    expect(timeline.edges).toEqual([
      { node: { title: seed('event:meng-wanzhou-arrest'), time: { label: '1 Dec 2018' } } },
      { node: { title: seed('event:canada-china-relationship-breakdown'), time: { label: '2018' } } },
    ]);
  },
  ArticleOnly2018: ({ timeline }) => {
    // The arrest is dated only from outside the article: left out. The detention is the article's
    // "nearly three years" from 2018, and the falling-apart follows it by the article's own link. What
    // the article leaves undated over years may lie in 2018 too (windows, left aside here).
    const dated = timeline.edges.filter((edge: any) => edge.node.articleTime.precision !== 'WINDOW');
    expect(dated.map((edge: any) => edge.node.title)).toEqual(
      ['event:detention-of-two-canadians', 'event:canada-china-relationship-breakdown'].map(seed),
    );
    expect(titles(timeline.edges)).not.toContain(seed('event:meng-wanzhou-arrest'));
    expect(
      dated.map((edge: any) => [
        edge.node.title,
        edge.node.articleTime,
        edge.node === dated[0].node ? 'CERTAIN' : edge.orderCertainty,
      ]),
    ).toEqual([
      [
        seed('event:detention-of-two-canadians'),
        {
          label: '2018 – c. 2021',
          precision: 'YEAR',
          approximate: true,
          expression: 'for nearly three years',
        },
        'CERTAIN',
      ],
      [
        seed('event:canada-china-relationship-breakdown'),
        { label: '2018', precision: 'YEAR', approximate: false, expression: 'in 2018' },
        'CERTAIN',
      ],
    ]);
  },
  CarneyTakesOffice: ({ event }) => {
    expect(event.time).toEqual({ label: '14 Mar 2025', expression: '2025-03-14' });
    expect(event.articleTime).toEqual({ label: 'spring 2025', expression: 'last spring' });
    expect(event.timeClaims).toEqual([
      {
        expression: 'last spring',
        label: 'spring 2025',
        precision: 'SEASON',
        fromArticle: true,
        best: false,
        sentence:
          "Since taking office last spring, Carney's government has described Beijing as strategic partner.",
        note: null,
        source: { title: expect.stringContaining('Mark Carney looks to reset Canada-China relationship') },
      },
      {
        expression: '2025-03-14',
        label: '14 Mar 2025',
        precision: 'DAY',
        fromArticle: false,
        best: true,
        sentence: null,
        note: expect.stringContaining('14 March 2025'),
        source: { title: expect.any(String) },
      },
    ]);
  },
  DetentionEnd: ({ event }) => {
    const { time } = event;
    expect([time.label, time.precision, time.approximate]).toEqual(['10 Dec 2018 – c. 2021', 'YEAR', true]);
    // The release on 24 Sep 2021 ended it: the end lies on that day, not "c. 2021".
    expect([time.tightened.earliestEnd, time.tightened.latestEnd]).toEqual([
      '2021-09-24T00:00:00.000-04:00',
      '2021-09-25T00:00:00.000-04:00',
    ]);
    expect(time.derivations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          bound: 'EARLIEST_END',
          rule: 'LINK',
          otherEventTitle: seed('event:release-of-two-canadians'),
        }),
        expect.objectContaining({ bound: 'LATEST_END', rule: 'LINK' }),
      ]),
    );
  },
  TimeContradictions: ({ timeContradictions }) => {
    expect(timeContradictions).toEqual([]);
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
    // China's tariffs came after Canada's (stated: "imposed after"); retaliation is a reading of that.
    expect(tariffs.causeLinks).toEqual([
      expect.objectContaining({
        kind: 'RETALIATION_FOR',
        modality: 'INFERRED',
        cause: expect.objectContaining({ title: seed('event:canada-tariffs-chinese-evs-steel-aluminum') }),
      }),
      expect.objectContaining({ kind: 'FOLLOWED_BY', modality: 'STATED', cue: 'imposed after' }),
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
    // "In 2018" alone could lie before 10 December, but the detention caused the falling-apart: not before.
    const before = around.edges.map((edge: any) => [edge.node.title, edge.relation.orderCertainty]);
    expect(before).not.toContainEqual([seed('event:canada-china-relationship-breakdown'), expect.anything()]);
    expect(before).toEqual(
      expect.arrayContaining([
        [seed('event:meng-wanzhou-arrest'), 'CERTAIN'],
        // Dec 2017, from outside the article.
        [seed('event:previous-pm-visit-to-china'), 'CERTAIN'],
        // Undated by the article, but it led to the arrest.
        [seed('event:us-extradition-request-meng'), 'POSSIBLE'],
      ]),
    );
    const arrest = around.edges.find((edge: any) => edge.node.title === seed('event:meng-wanzhou-arrest'));
    expect(arrest.relation).toMatchObject({ certain: 'BEFORE', order: 'BEFORE' });
  },
  DuringTheVisit: ({ around }) => {
    expect(titles(around.edges)).toEqual(
      expect.arrayContaining(
        [
          'event:carney-meets-senior-communist-leaders',
          'event:carney-xi-meeting-beijing',
          'event:anand-remarks-beijing',
          'event:carney-lands-in-beijing',
        ].map(seed),
      ),
    );
    expect(titles(around.edges)).not.toContain(seed('event:carney-visit-to-china'));
    // The 2018 detentions cannot have happened during the visit.
    expect(titles(around.edges)).not.toContain(seed('event:detention-of-two-canadians'));
    // Each may lie within the visit: during it, or starting with it as the landing does.
    const within = ['DURING', 'STARTS', 'FINISHES', 'EQUALS'];
    expect(
      around.edges.every((edge: any) => edge.relation.possible.some((r: string) => within.includes(r))),
    ).toBe(true);
  },
  WhatLedToChinasTariffs: ({ causalChain }) => {
    expect(
      causalChain.links.map((link: any) => [link.depth, link.type, link.modality, link.cause.title]),
    ).toEqual([
      [1, 'FOLLOWED_BY', 'STATED', seed('event:canada-tariffs-chinese-evs-steel-aluminum')],
      [1, 'RETALIATION_FOR', 'INFERRED', seed('event:canada-tariffs-chinese-evs-steel-aluminum')],
      [2, 'RESPONSE_TO', 'INFERRED', seed('event:canadian-concerns-subsidized-chinese-output')],
      [2, 'FOLLOWED_BY', 'STATED', seed('event:us-tariffs-chinese-evs')],
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
        'event:carney-lands-in-beijing',
        'event:carney-meets-senior-communist-leaders',
        'event:carney-xi-meeting-beijing',
        'event:expected-low-hanging-fruit-agreements',
      ].map(seed),
    );
    expect(actor.statementsMade.edges).toHaveLength(1);
  },
  AsOfEndOfJanuary: ({ timeline }) => {
    expect(timeline.totalCount).toBe(29);
    expect(timeline.pageInfo.hasNextPage).toBe(true);
    expect(timeline.edges).toHaveLength(5);
    // The states in force (tariffs, concerns that mount) began long before and run on into the window.
    expect(titles(timeline.edges)).toContain(seed('event:human-rights-concerns-uyghurs-hong-kong'));
  },
  AnandAccordingToTheArticle: ({ actor, everything }) => {
    expect(actor.statementsMade.totalCount).toBe(5);
    expect(everything.statementsMade.totalCount).toBe(6);
    expect(actor.statementsMade.edges.map((edge: any) => edge.node.id)).not.toContain(
      'statement:anand-cuts-wont-harm-consular-access',
    );
  },
  OneTeaserStory: ({ timeline }) => {
    expect(titles(timeline.edges).sort()).toEqual(
      ['event:canada-alberta-pipeline-pact', 'event:guilbeault-resigns-from-cabinet'].map(seed).sort(),
    );
  },
  WhatCanadasTariffsLedTo: ({ event }) => {
    expect(event.effectLinks).toEqual([
      expect.objectContaining({
        kind: 'RETALIATION_FOR',
        modality: 'INFERRED',
        cue: 'imposed after',
        effect: { title: seed('event:china-tariffs-pork-canola-seafood') },
      }),
      expect.objectContaining({
        kind: 'FOLLOWED_BY',
        modality: 'STATED',
        cue: 'imposed after',
        inference: null,
      }),
    ]);
    expect(event.effectLinks[0].reading).toContain('in retaliation for');
    expect(event.stated).toEqual([
      { reading: expect.stringMatching(/came after .* \(stated: "imposed after"\)$/) },
    ]);
  },
  CarneyToXiFactsOnly: ({ shortestPath }) => {
    // Through APEC (the summit or their meeting there), not the PLANNED Beijing meeting.
    const ids = shortestPath.nodes.map((node: any) => node.id);
    expect([ids[0], ids[2]]).toEqual(['person:mark-carney', 'person:xi-jinping']);
    expect(['event:apec-summit-2025', 'event:carney-xi-meeting-apec']).toContain(ids[1]);
  },
  ExpertsOnTheVisitAndItsParts: ({ statements }) => {
    // Loh and Nadjibulla on the visit itself, and Loh on the agreements expected at the Xi meeting in it.
    expect(statements.totalCount).toBe(7);
    expect(new Set(statements.edges.map((edge: any) => edge.node.speaker.name))).toEqual(
      new Set(['person:dylan-loh', 'person:vina-nadjibulla'].map(seed)),
    );
    expect(statements.edges.every((edge: any) => edge.node.speaker.voices.includes('EXPERT'))).toBe(true);
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
    // Through the APEC meeting, which happened, rather than the Beijing meeting, which is only planned.
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
    expect(search.totalCount).toBe(19);
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
      'event:meng-wanzhou-arrest',
      'event:detention-of-two-canadians',
      'event:canada-china-relationship-breakdown',
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
