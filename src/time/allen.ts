import type { FuzzyTime } from './fuzzy-time';

export type AllenRelation =
  | 'before'
  | 'meets'
  | 'overlaps'
  | 'starts'
  | 'during'
  | 'finishes'
  | 'equals'
  | 'finishedBy'
  | 'contains'
  | 'startedBy'
  | 'overlappedBy'
  | 'metBy'
  | 'after';

export interface Relation {
  possible: AllenRelation[];
  certain: AllenRelation | null;
  order: 'before' | 'after' | 'overlapping' | 'unordered';
  orderCertainty: 'certain' | 'possible' | 'none';
}

export type Endpoint = 'aStart' | 'aEnd' | 'bStart' | 'bEnd';

/** All relate() reads of a time: its four bounds. */
export type TimeBounds = Pick<FuzzyTime, 'earliestStart' | 'latestStart' | 'earliestEnd' | 'latestEnd'>;

/** Each relation as its chain of tied groups; consecutive groups are strictly increasing. */
const CHAINS: Record<AllenRelation, Endpoint[][]> = {
  before: [['aStart'], ['aEnd'], ['bStart'], ['bEnd']],
  meets: [['aStart'], ['aEnd', 'bStart'], ['bEnd']],
  overlaps: [['aStart'], ['bStart'], ['aEnd'], ['bEnd']],
  starts: [['aStart', 'bStart'], ['aEnd'], ['bEnd']],
  during: [['bStart'], ['aStart'], ['aEnd'], ['bEnd']],
  finishes: [['bStart'], ['aStart'], ['aEnd', 'bEnd']],
  equals: [
    ['aStart', 'bStart'],
    ['aEnd', 'bEnd'],
  ],
  finishedBy: [['aStart'], ['bStart'], ['aEnd', 'bEnd']],
  contains: [['aStart'], ['bStart'], ['bEnd'], ['aEnd']],
  startedBy: [['aStart', 'bStart'], ['bEnd'], ['aEnd']],
  overlappedBy: [['bStart'], ['aStart'], ['bEnd'], ['aEnd']],
  metBy: [['bStart'], ['bEnd', 'aStart'], ['aEnd']],
  after: [['bStart'], ['bEnd'], ['aStart'], ['aEnd']],
};

export const ALLEN_RELATIONS = Object.keys(CHAINS) as AllenRelation[];

type Range = [lo: number, hi: number];

function ranges(a: TimeBounds, b: TimeBounds): Record<Endpoint, Range> {
  const end = (f: TimeBounds): Range => [
    (f.earliestEnd ?? f.earliestStart).toMillis(),
    f.latestEnd === null ? Number.POSITIVE_INFINITY : f.latestEnd.toMillis(),
  ];
  return {
    aStart: [a.earliestStart.toMillis(), a.latestStart.toMillis()],
    aEnd: end(a),
    bStart: [b.earliestStart.toMillis(), b.latestStart.toMillis()],
    bEnd: end(b),
  };
}

/** Greedy: give each group the smallest value it may take; the chain is feasible iff none overflows. */
function feasible(chain: Endpoint[][], bounds: Record<Endpoint, Range>): boolean {
  let previous = Number.NEGATIVE_INFINITY;
  for (const group of chain) {
    const value = Math.max(previous + 1, ...group.map((e) => bounds[e][0]));
    if (group.some((e) => value > bounds[e][1])) return false;
    previous = value;
  }
  return true;
}

/**
 * An order between two endpoints that a source states rather than dates: a cause starts no later than
 * its effect (`aStart <= bStart`), a release starts as the detention ends (`aEnd = bStart`).
 */
export interface Tie {
  left: Endpoint;
  relation: '<=' | '=';
  right: Endpoint;
}

/** Whether a relation's chain of endpoint groups keeps every stated tie. */
function keepsTies(chain: Endpoint[][], ties: readonly Tie[]): boolean {
  const group = (endpoint: Endpoint) => chain.findIndex((g) => g.includes(endpoint));
  return ties.every((tie) =>
    tie.relation === '=' ? group(tie.left) === group(tie.right) : group(tie.left) <= group(tie.right),
  );
}

const BEFORE_ISH: AllenRelation[] = ['before', 'meets'];
const AFTER_ISH: AllenRelation[] = ['after', 'metBy'];

/**
 * Allen's interval relation of `a` to `b` when their endpoints are uncertain.
 *
 * Each interval is [s, e) with s in [earliestStart, latestStart], e in [earliestEnd, latestEnd]
 * (unbounded above when latestEnd is null) and s < e, in integer milliseconds.
 *
 * - `possible`: exactly the relations that some choice of the four endpoints satisfies.
 * - `certain`: the relation when exactly one is possible, else null.
 * - `order`/`orderCertainty`:
 *   - every possible relation in {before, meets}: 'before', 'certain';
 *   - every possible relation in {after, metBy}: 'after', 'certain';
 *   - none of before/meets/after/metBy possible: 'overlapping', 'certain';
 *   - otherwise 'unordered', with 'possible' when `before` or `after` itself is possible
 *     (the two may be fully apart) and 'none' when they can only touch or overlap.
 *   - no relation possible (inconsistent bounds): 'unordered', 'none'.
 *
 * `ties` are orders the sources state between the endpoints (from links): a relation that breaks one
 * is not possible, however the bounds allow it.
 */
export function relate(a: TimeBounds, b: TimeBounds, ties: readonly Tie[] = []): Relation {
  const bounds = ranges(a, b);
  const possible = ALLEN_RELATIONS.filter((r) => feasible(CHAINS[r], bounds) && keepsTies(CHAINS[r], ties));
  const certain = possible.length === 1 ? (possible[0] ?? null) : null;
  const all = (set: AllenRelation[]) => possible.length > 0 && possible.every((r) => set.includes(r));
  const any = (set: AllenRelation[]) => possible.some((r) => set.includes(r));

  if (all(BEFORE_ISH)) return { possible, certain, order: 'before', orderCertainty: 'certain' };
  if (all(AFTER_ISH)) return { possible, certain, order: 'after', orderCertainty: 'certain' };
  if (possible.length > 0 && !any([...BEFORE_ISH, ...AFTER_ISH])) {
    return { possible, certain, order: 'overlapping', orderCertainty: 'certain' };
  }
  const apart = possible.includes('before') || possible.includes('after');
  return { possible, certain, order: 'unordered', orderCertainty: apart ? 'possible' : 'none' };
}
