import { DateTime } from 'luxon';
import { liesAt, relate, type Position, type TimeBounds } from '../../src/time';
import { graphqlClient } from '../support/graphql-client';
import { useSeededStory } from '../support/story';

jest.setTimeout(120_000);

const ids = (connection: { edges: Array<{ node: { id: string } }> }) =>
  connection.edges.map((e) => e.node.id);

describe('what happened before, after and during an event, what led to what, and who was there together', () => {
  const story = useSeededStory();
  const ask: ReturnType<typeof graphqlClient> = (...args) => story.ask(...args);

  it('orders the 2018 events: the arrest certainly came before the detentions; the breakdown only possibly did', async () => {
    const answer = await ask(`{
      certainly: around(event: "event:detention-of-two-canadians", position: BEFORE, match: CERTAINLY) {
        edges { node { id time { label } } relation { certain order orderCertainty } }
      }
      possibly: around(event: "event:detention-of-two-canadians", position: BEFORE) {
        edges { node { id } relation { possible order orderCertainty } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.certainly.edges).toEqual([
      {
        node: { id: 'event:meng-wanzhou-arrest', time: { label: '1 Dec 2018' } },
        relation: { certain: 'BEFORE', order: 'BEFORE', orderCertainty: 'CERTAIN' },
      },
    ]);
    const breakdown = answer.data.possibly.edges.find(
      (e: { node: { id: string } }) => e.node.id === 'event:canada-china-relationship-breakdown',
    );
    // "In 2018" may lie wholly before 10 December 2018, or start before it and run on.
    expect(breakdown.relation).toEqual({
      possible: expect.arrayContaining(['BEFORE', 'OVERLAPS']),
      order: 'UNORDERED',
      orderCertainty: 'POSSIBLE',
    });
    expect(ids(answer.data.possibly)).not.toContain('event:release-of-two-canadians');
  });

  it('finds the release and the later tariffs certainly after the detentions ended, nearest first', async () => {
    const answer = await ask(`{
      around(event: "event:release-of-two-canadians", position: AFTER, match: CERTAINLY, first: 3) {
        totalCount edges { node { id } relation { order orderCertainty } }
      }
    }`);
    expect(ids(answer.data.around)).toEqual([
      'event:canada-declares-china-disruptive-power',
      'event:us-tariffs-chinese-evs',
      'event:canada-tariffs-chinese-evs-steel-aluminum',
    ]);
    expect(answer.data.around.totalCount).toBeGreaterThan(20);
    for (const edge of answer.data.around.edges)
      expect(edge.relation).toEqual({ order: 'AFTER', orderCertainty: 'CERTAIN' });
  });

  it('says the Friday meeting lies only possibly within the visit, which the article reports as still under way', async () => {
    const answer = await ask(`{
      certainly: around(event: "event:carney-visit-to-china", position: DURING, match: CERTAINLY) { edges { node { id } } }
      possibly: around(event: "event:carney-visit-to-china", position: DURING) {
        edges { node { id } relation { possible certain } }
      }
    }`);
    expect(answer.data.certainly.edges).toEqual([]);
    const friday = answer.data.possibly.edges.find(
      (e: { node: { id: string } }) => e.node.id === 'event:carney-xi-meeting-beijing',
    );
    expect(friday.relation.certain).toBeNull();
    expect(friday.relation.possible).toEqual(expect.arrayContaining(['DURING', 'AFTER']));
  });

  it('selects in Cypher exactly the events that relate() and liesAt() place there, for every position', async () => {
    const all = await ask(`{
      timeline(first: 100) { edges { node { id time { earliestStart latestStart earliestEnd latestEnd } } } }
    }`);
    const bounds = new Map<string, TimeBounds>(
      all.data.timeline.edges.map(
        ({ node }: { node: { id: string; time: Record<string, string | null> } }) => {
          const at = (iso: string | null | undefined) =>
            iso == null ? null : DateTime.fromISO(iso, { setZone: true });
          const t = node.time;
          return [
            node.id,
            {
              earliestStart: at(t.earliestStart)!,
              latestStart: at(t.latestStart)!,
              earliestEnd: at(t.earliestEnd),
              latestEnd: at(t.latestEnd),
            },
          ];
        },
      ),
    );
    const anchors = [
      'event:detention-of-two-canadians',
      'event:carney-visit-to-china',
      'event:carney-xi-meeting-apec',
      'event:canada-china-relationship-breakdown',
      'event:china-tariffs-pork-canola-seafood',
    ];
    const positions: Position[] = ['BEFORE', 'AFTER', 'DURING', 'OVERLAPPING'];
    const selected: Record<string, string[]> = {};
    const placed: Record<string, string[]> = {};
    for (const anchor of anchors) {
      for (const position of positions) {
        for (const match of ['CERTAINLY', 'POSSIBLY'] as const) {
          const answer = await ask(
            `query Around($anchor: ID!, $position: TimePosition!, $match: TimeMatch) {
              around(event: $anchor, position: $position, match: $match, first: 100) { edges { node { id } } }
            }`,
            { anchor, position, match },
          );
          const key = `${anchor} ${position} ${match}`;
          selected[key] = ids(answer.data.around).sort();
          placed[key] = [...bounds.keys()]
            .filter(
              (id) =>
                id !== anchor &&
                liesAt(position, match === 'CERTAINLY', relate(bounds.get(id)!, bounds.get(anchor)!)),
            )
            .sort();
        }
      }
    }
    expect(selected).toEqual(placed);
  });

  it('follows what led to China’s tariffs: Canada’s, which followed Washington’s, each with its sentence', async () => {
    const answer = await ask(`{
      direct: causalChain(event: "event:china-tariffs-pork-canola-seafood") { links { type cause { id } } }
      withSequences: causalChain(
        event: "event:china-tariffs-pork-canola-seafood"
        types: [CAUSED, RETALIATION_FOR, RESPONSE_TO, FOLLOWED_BY]
      ) {
        event { title }
        links { type depth cause { id } effect { id } evidence { sentence source { kind } } }
        events { id }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.direct.links).toEqual([
      { type: 'RETALIATION_FOR', cause: { id: 'event:canada-tariffs-chinese-evs-steel-aluminum' } },
    ]);
    const chain = answer.data.withSequences;
    expect(chain.links).toEqual([
      {
        type: 'RETALIATION_FOR',
        depth: 1,
        cause: { id: 'event:canada-tariffs-chinese-evs-steel-aluminum' },
        effect: { id: 'event:china-tariffs-pork-canola-seafood' },
        evidence: {
          sentence:
            'which were imposed after Ottawa ordered tariffs on Chinese electric vehicles, steel and aluminum',
          source: { kind: 'ARTICLE' },
        },
      },
      {
        type: 'FOLLOWED_BY',
        depth: 2,
        cause: { id: 'event:us-tariffs-chinese-evs' },
        effect: { id: 'event:canada-tariffs-chinese-evs-steel-aluminum' },
        evidence: {
          sentence: 'But the Canadian tariffs followed closely on almost identical moves by Washington',
          source: { kind: 'ARTICLE' },
        },
      },
    ]);
    expect(chain.events.map((e: { id: string }) => e.id)).toEqual([
      'event:canada-tariffs-chinese-evs-steel-aluminum',
      'event:us-tariffs-chinese-evs',
    ]);
  });

  it('follows what the 2018 arrest led to, to the depth asked', async () => {
    const answer = await ask(`{
      one: causalChain(event: "event:meng-wanzhou-arrest", direction: CONSEQUENCES, depth: 1) { events { id } }
      two: causalChain(event: "event:meng-wanzhou-arrest", direction: CONSEQUENCES, depth: 2) {
        links { type depth cause { id } effect { id } }
      }
    }`);
    expect(answer.data.one.events).toEqual([{ id: 'event:detention-of-two-canadians' }]);
    expect(answer.data.two.links).toEqual([
      {
        type: 'RETALIATION_FOR',
        depth: 1,
        cause: { id: 'event:meng-wanzhou-arrest' },
        effect: { id: 'event:detention-of-two-canadians' },
      },
      {
        type: 'CAUSED',
        depth: 2,
        cause: { id: 'event:detention-of-two-canadians' },
        effect: { id: 'event:canada-china-relationship-breakdown' },
      },
    ]);
  });

  it('finds who met whom: Carney and Xi at APEC in Gyeongju, and (planned) in Beijing', async () => {
    const answer = await ask(`{
      together(actors: ["person:mark-carney", "person:xi-jinping"], types: [MEETING]) {
        totalCount
        edges { node { id status place { name } time { label } } }
      }
    }`);
    expect(answer.data.together).toEqual({
      totalCount: 2,
      edges: [
        {
          node: {
            id: 'event:carney-xi-meeting-apec',
            status: 'HAPPENED',
            place: { name: 'Gyeongju' },
            time: { label: '31 Oct 2025' },
          },
        },
        {
          node: {
            id: 'event:carney-xi-meeting-beijing',
            status: 'PLANNED',
            place: { name: 'Beijing' },
            time: { label: '16 Jan 2026' },
          },
        },
      ],
    });
  });

  it("gives each actor its own timeline, and a page of actors' timelines costs one query", async () => {
    const answer = await ask(`{
      event(id: "event:carney-xi-meeting-apec") {
        participants { actor { id timeline(first: 50) { totalCount edges { node { id } } } } }
      }
    }`);
    const byActor = Object.fromEntries(
      answer.data.event.participants.map((p: { actor: { id: string; timeline: { edges: [] } } }) => [
        p.actor.id,
        ids(p.actor.timeline),
      ]),
    );
    expect(byActor['person:xi-jinping']).toEqual(
      expect.arrayContaining(['event:carney-xi-meeting-apec', 'event:carney-xi-meeting-beijing']),
    );
    expect(byActor['person:mark-carney']).toEqual(expect.arrayContaining(['event:carney-visit-to-china']));
    expect(byActor['person:xi-jinping']).not.toContain('event:carney-visit-to-china');
    expect(answer.sent.map((q) => q.name)).toEqual(['events-by-ids', 'timeline']);
  });
});
