import { DateTime } from 'luxon';
import { propagate, resolveTime, type NetworkLink, type StatedBounds } from '../../../src/time';

const reference = DateTime.fromISO('2026-01-14T12:58:00', { zone: 'America/Toronto' });
const told = (anchor?: ReturnType<typeof resolveTime>) => ({ reference, tense: 'past' as const, anchor });
const ms = (iso: string) => DateTime.fromISO(iso, { zone: 'America/Toronto' }).toMillis();

function stated(expression: string, anchor?: string): StatedBounds {
  const t = resolveTime(expression, told(anchor ? resolveTime(anchor, told()) : undefined));
  return {
    earliestStart: t.earliestStart.toMillis(),
    latestStart: t.latestStart.toMillis(),
    earliestEnd: (t.earliestEnd ?? t.earliestStart).toMillis(),
    latestEnd: t.latestEnd?.toMillis() ?? Number.POSITIVE_INFINITY,
    shortest: t.lasting?.shortest ?? null,
    longest: t.lasting?.longest ?? null,
  };
}

const link = (kind: NetworkLink<string>['kind'], from: string, to: string): NetworkLink<string> => ({
  kind,
  from,
  to,
  reason: `${from} ${kind} ${to}`,
});

describe('the time network tightens bounds by stated links and says why', () => {
  const things = new Map([
    ['arrest', stated('2018-12-01')],
    ['detention', stated('for nearly three years', '2018-12-10')],
    ['release', stated('2021-09-24')],
    ['breakdown', stated('in 2018')],
  ]);
  const links = [
    link('precedes', 'arrest', 'detention'),
    link('precedes', 'detention', 'breakdown'),
    link('ends', 'release', 'detention'),
  ];
  const result = propagate(things, links);

  it('a cause starts no later than its effect: "in 2018" starts no earlier than the detention it followed', () => {
    expect(result.bounds.get('breakdown')?.earliestStart).toBe(ms('2018-12-10'));
    const [why] = result.derivations.get('breakdown') ?? [];
    expect(why).toMatchObject({ bound: 'earliestStart', fromThing: 'detention', fromBound: 'earliestStart' });
    expect(why?.because).toEqual({ kind: 'link', link: links[1] });
  });

  it('an event that ends a state fixes its end: the detention ends on the day of the release', () => {
    const detention = result.bounds.get('detention');
    expect([detention?.earliestEnd, detention?.latestEnd]).toEqual([ms('2021-09-24'), ms('2021-09-25')]);
    expect(
      result.derivations
        .get('detention')
        ?.map((d) => d.bound)
        .sort(),
    ).toEqual(['earliestEnd', 'latestEnd']);
  });

  it('orders ties cause first and knows who comes before whom by the links alone', () => {
    expect([
      result.depth.get('arrest'),
      result.depth.get('detention'),
      result.depth.get('breakdown'),
    ]).toEqual([0, 1, 2]);
    expect([...(result.predecessors.get('breakdown') ?? [])].sort()).toEqual(['arrest', 'detention']);
    expect([...(result.predecessors.get('release') ?? [])].sort()).toEqual(['arrest', 'detention']);
  });

  it('finds no contradiction in the story as told', () => {
    expect(result.contradictions).toEqual([]);
  });

  it('a stated length moves the end with a tightened start', () => {
    const moved = propagate(
      new Map([
        ['cause', stated('2019-06-01')],
        ['stay', stated('for three years', '2018')],
      ]),
      [link('precedes', 'cause', 'stay')],
    );
    // The stay starts no earlier than 1 Jun 2019, so it ends no earlier than three of the shortest
    // calendar years on (365 days each, less a day's slack): never tighter than the words.
    expect(moved.bounds.get('stay')?.earliestEnd).toBe(ms('2019-06-01') + (3 * 365 - 1) * 86_400_000);
    expect(moved.derivations.get('stay')?.find((d) => d.bound === 'earliestEnd')?.because).toEqual({
      kind: 'lasting',
    });
  });

  it('flags an effect certainly before its cause, naming the links', () => {
    const broken = propagate(
      new Map([
        ['cause', stated('2020')],
        ['effect', stated('2018')],
      ]),
      [link('precedes', 'cause', 'effect')],
    );
    expect(broken.contradictions.length).toBeGreaterThan(0);
    expect(broken.contradictions[0]?.because).toContainEqual({
      kind: 'link',
      link: link('precedes', 'cause', 'effect'),
    });
  });

  it('an undated thing relays order without being dated itself', () => {
    const open: StatedBounds = {
      earliestStart: Number.NEGATIVE_INFINITY,
      latestStart: Number.POSITIVE_INFINITY,
      earliestEnd: Number.NEGATIVE_INFINITY,
      latestEnd: Number.POSITIVE_INFINITY,
      shortest: null,
      longest: null,
    };
    const relayed = propagate(
      new Map([
        ['first', stated('2020')],
        ['middle', open],
        ['last', stated('2018')],
      ]),
      [link('precedes', 'first', 'middle'), link('precedes', 'middle', 'last')],
    );
    expect(relayed.contradictions.length).toBeGreaterThan(0);
    expect(relayed.bounds.get('middle')?.latestStart).toBe(ms('2019-01-01'));
  });
});
