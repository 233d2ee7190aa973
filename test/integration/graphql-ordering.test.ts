import { DateTime } from 'luxon';
import { liesAt, relate, type Position, type Tie, type TimeBounds } from '../../src/time';
import { graphqlClient } from '../support/graphql-client';
import { useSeededStory } from '../support/story';

jest.setTimeout(120_000);

const ids = (connection: { edges: Array<{ node: { id: string } }> }) =>
  connection.edges.map((e) => e.node.id);

describe('what happened before, after and during an event, what led to what, and who was there together', () => {
  const story = useSeededStory();
  const ask: ReturnType<typeof graphqlClient> = (...args) => story.ask(...args);

  it('orders the 2018 events: the arrest certainly came before the detentions; the breakdown they caused never did', async () => {
    const answer = await ask(`{
      certainly: around(event: "event:detention-of-two-canadians", position: BEFORE, match: CERTAINLY) {
        edges { node { id time { label } } relation { certain order orderCertainty } }
      }
      possibly: around(event: "event:detention-of-two-canadians", position: BEFORE) {
        edges { node { id } relation { possible order orderCertainty } }
      }
      overlapping: around(event: "event:detention-of-two-canadians", position: OVERLAPPING) {
        edges { node { id } relation { possible order } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.certainly.edges).toEqual([
      // December 2017, from outside the article (the visit "eight years" before Carney's implies).
      {
        node: { id: 'event:previous-pm-visit-to-china', time: { label: 'Dec 2017' } },
        relation: { certain: 'BEFORE', order: 'BEFORE', orderCertainty: 'CERTAIN' },
      },
      {
        node: { id: 'event:meng-wanzhou-arrest', time: { label: '1 Dec 2018' } },
        relation: { certain: 'BEFORE', order: 'BEFORE', orderCertainty: 'CERTAIN' },
      },
    ]);
    // "In 2018" alone could lie before 10 December; the article says the detention caused it, so not.
    expect(ids(answer.data.possibly)).toContain('event:meng-wanzhou-arrest');
    expect(ids(answer.data.possibly)).not.toContain('event:canada-china-relationship-breakdown');
    // What led to the arrest possibly came before the detention too: undated, but before the arrest.
    expect(ids(answer.data.possibly)).toContain('event:us-extradition-request-meng');
    const breakdown = answer.data.overlapping.edges.find(
      (e: { node: { id: string } }) => e.node.id === 'event:canada-china-relationship-breakdown',
    );
    expect(breakdown.relation.possible).not.toContain('BEFORE');
    expect(breakdown.relation.possible).not.toContain('MEETS');
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

  it('says the Friday meeting lies within the visit because it is part of it, though the visit is reported as still under way', async () => {
    const answer = await ask(`{
      certainly: around(event: "event:carney-visit-to-china", position: DURING, match: CERTAINLY) { edges { node { id } } }
      possibly: around(event: "event:carney-visit-to-china", position: DURING) {
        edges { node { id } relation { possible certain } }
      }
    }`);
    // Its dates alone would allow it after the visit (whose end the article does not give); PART_OF does not.
    expect(ids(answer.data.certainly)).toEqual(
      expect.arrayContaining(['event:anand-remarks-beijing', 'event:carney-xi-meeting-beijing']),
    );
    const friday = answer.data.possibly.edges.find(
      (e: { node: { id: string } }) => e.node.id === 'event:carney-xi-meeting-beijing',
    );
    expect(friday.relation.certain).toBeNull();
    expect(friday.relation.possible).toEqual(['DURING', 'FINISHES']);
  });

  it('selects in Cypher exactly the events that relate() and liesAt() place there, with the stated links, for every position', async () => {
    const all = await ask(`{
      timeline(first: 100) { edges { node { id startsAfter time { tightened { earliestStart latestStart earliestEnd latestEnd } }
        causes { type event { id } } consequences { type event { id } } partOf { id } parts { id } } } }
    }`);
    const bounds = new Map<string, TimeBounds>(
      all.data.timeline.edges.map(
        ({ node }: { node: { id: string; time: { tightened: Record<string, string | null> } } }) => {
          const at = (iso: string | null | undefined) =>
            iso == null ? null : DateTime.fromISO(iso, { setZone: true });
          // around reads the tightened bounds (basis BEST), as relate() must here.
          const t = node.time.tightened;
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
    // The links the API states: who starts after whom, and which state another ended.
    type Linked = {
      id: string;
      startsAfter: string[];
      causes: Link[];
      consequences: Link[];
      partOf: { id: string } | null;
      parts: Array<{ id: string }>;
    };
    type Link = { type: string; event: { id: string } };
    const linked = new Map<string, Linked>(
      all.data.timeline.edges.map(({ node }: { node: Linked }) => [node.id, node]),
    );
    const ties = (event: string, anchor: string): Tie[] => {
      const e = linked.get(event)!;
      const a = linked.get(anchor)!;
      const found: Tie[] = [];
      if (e.startsAfter.includes(anchor)) found.push({ left: 'bStart', relation: '<=', right: 'aStart' });
      if (a.startsAfter.includes(event)) found.push({ left: 'aStart', relation: '<=', right: 'bStart' });
      if (e.consequences.some((l) => l.type === 'ENDED_BY' && l.event.id === anchor))
        found.push({ left: 'aEnd', relation: '=', right: 'bStart' });
      if (e.causes.some((l) => l.type === 'ENDED_BY' && l.event.id === anchor))
        found.push({ left: 'bEnd', relation: '=', right: 'aStart' });
      if (e.partOf?.id === anchor)
        found.push(
          { left: 'bStart', relation: '<=', right: 'aStart' },
          { left: 'aEnd', relation: '<=', right: 'bEnd' },
        );
      if (e.parts.some((p) => p.id === anchor))
        found.push(
          { left: 'aStart', relation: '<=', right: 'bStart' },
          { left: 'bEnd', relation: '<=', right: 'aEnd' },
        );
      return found;
    };
    const anchors = [
      'event:release-of-two-canadians',
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
                liesAt(
                  position,
                  match === 'CERTAINLY',
                  relate(bounds.get(id)!, bounds.get(anchor)!, ties(id, anchor)),
                ),
            )
            .sort();
        }
      }
    }
    expect(selected).toEqual(placed);
  });

  it('pages of two, forward and backward, on either basis, list exactly the one-page answer in its order', async () => {
    // Each span class's seek gives its own first page; the pages merged must still be the list's order.
    const lists = [
      'timeline',
      'timeline(actors: ["gov:canada"]',
      'timeline(actors: ["gov:canada", "country:china"], actorsMatch: ALL',
      'timeline(from: "2018", to: "2019"',
      'around(event: "event:detention-of-two-canadians", position: BEFORE',
      'around(event: "event:detention-of-two-canadians", position: AFTER, match: CERTAINLY',
      'around(event: "event:carney-visit-to-china", position: DURING',
      'around(event: "event:carney-visit-to-china", position: OVERLAPPING, match: CERTAINLY',
    ];
    type Page = {
      edges: Array<{ node: { id: string } }>;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
    };
    const page = async (list: string, basis: string, paging: string): Promise<Page> => {
      const [field, args = ''] = list.split('(');
      const answer = await ask(`{ list: ${field}(${args ? `${args}, ` : ''}basis: ${basis}, ${paging}) {
        edges { node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`);
      expect(answer.errors).toBeUndefined();
      return answer.data.list as Page;
    };
    for (const list of lists) {
      for (const basis of ['BEST', 'ARTICLE']) {
        const whole = ids(await page(list, basis, 'first: 100'));
        expect(whole.length).toBeGreaterThan(1);
        const forward: string[] = [];
        for (let after: string | null = null, more = true; more;) {
          const next = await page(list, basis, `first: 2${after ? `, after: "${after}"` : ''}`);
          forward.push(...ids(next));
          [after, more] = [next.pageInfo.endCursor, next.pageInfo.hasNextPage];
        }
        const backward: string[] = [];
        for (let before: string | null = null, more = true; more;) {
          const next = await page(list, basis, `last: 2${before ? `, before: "${before}"` : ''}`);
          backward.unshift(...ids(next));
          [before, more] = [next.pageInfo.startCursor, next.pageInfo.hasPreviousPage];
        }
        expect({ list, basis, forward }).toEqual({ list, basis, forward: whole });
        expect({ list, basis, backward }).toEqual({ list, basis, backward: whole });
      }
    }
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
      // Experts say Canada's tariffs respond to concerns about China's subsidized output.
      { type: 'RESPONSE_TO', cause: { id: 'event:canadian-concerns-subsidized-chinese-output' } },
    ]);
    const chain = answer.data.withSequences;
    const imposedAfter =
      'which were imposed after Ottawa ordered tariffs on Chinese electric vehicles, steel and aluminum';
    expect(chain.links).toEqual([
      // Stated: China's came after Canada's; read into it: in retaliation (same sentence, two links).
      {
        type: 'FOLLOWED_BY',
        depth: 1,
        cause: { id: 'event:canada-tariffs-chinese-evs-steel-aluminum' },
        effect: { id: 'event:china-tariffs-pork-canola-seafood' },
        evidence: {
          sentence: `Beijing's heavy tariffs on pork, canola and seafood, ${imposedAfter}`,
          source: { kind: 'ARTICLE' },
        },
      },
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
        type: 'RESPONSE_TO',
        depth: 2,
        cause: { id: 'event:canadian-concerns-subsidized-chinese-output' },
        effect: { id: 'event:canada-tariffs-chinese-evs-steel-aluminum' },
        evidence: {
          sentence: expect.stringContaining('respond to Canadian concerns'),
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
      'event:canadian-concerns-subsidized-chinese-output',
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
