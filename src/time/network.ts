/**
 * A simple temporal network over the start and end points of dated things. Each thing brings the bounds
 * its claims state; the links between things are difference constraints on those points; propagation
 * (Bellman-Ford over the constraint graph) tightens every bound to what all of them allow together and
 * remembers which constraint tightened it. Pure: milliseconds in, milliseconds out.
 */

export const BOUNDS = ['earliestStart', 'latestStart', 'earliestEnd', 'latestEnd'] as const;
export type BoundName = (typeof BOUNDS)[number];

/** What a thing states, in ms; an open end is +Infinity, an undated thing -Infinity..+Infinity. */
export interface StatedBounds {
  earliestStart: number;
  latestStart: number;
  earliestEnd: number;
  latestEnd: number;
  /** A stated length [shortest, longest] ties the end to the start. */
  shortest: number | null;
  longest: number | null;
}

/**
 * How two things' times are tied: `precedes` (from starts no later than to), `within` (from lies inside
 * to), `ends` (from starts exactly when to ends: a release ends a detention).
 */
export interface NetworkLink<R> {
  kind: 'precedes' | 'within' | 'ends';
  from: string;
  to: string;
  reason: R;
}

/** Why a bound moved: a link, the thing's own stated length, or its start coming before its end. */
export type Because<R> =
  { kind: 'link'; link: NetworkLink<R> } | { kind: 'lasting' } | { kind: 'startBeforeEnd' };

export interface Derivation<R> {
  bound: BoundName;
  /** The tightened value and the value the thing's claims stated. */
  value: number;
  stated: number;
  because: Because<R>;
  /** The thing and bound the new value was carried from. */
  fromThing: string;
  fromBound: BoundName;
}

export interface Contradiction<R> {
  thing: string;
  point: 'start' | 'end';
  /** The point must be at least `lowest` and at most `highest`, and lowest > highest. */
  lowest: number;
  highest: number;
  because: Array<Because<R>>;
}

export interface Propagated<R> {
  bounds: Map<string, StatedBounds>;
  derivations: Map<string, Array<Derivation<R>>>;
  contradictions: Array<Contradiction<R>>;
  /** Longest chain of stated precedences leading to each thing: orders ties cause-first. */
  depth: Map<string, number>;
  /** Every thing known by links (not by dates) to start no later than each thing. */
  predecessors: Map<string, Set<string>>;
}

interface Edge<R> {
  /** p[to] <= p[from] + weight */
  from: number;
  to: number;
  weight: number;
  because: Because<R>;
}

const point = (index: number, end: boolean) => index * 2 + (end ? 1 : 0);

/** Reads an array filled for every point (so never a hole). */
const at = (values: readonly number[], p: number): number => values[p] ?? Number.NaN;

export function propagate<R>(
  things: ReadonlyMap<string, StatedBounds>,
  links: ReadonlyArray<NetworkLink<R>>,
): Propagated<R> {
  const entries = [...things.entries()];
  const ids = entries.map(([id]) => id);
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const lo: number[] = [];
  const hi: number[] = [];
  const loWhy: Array<{ because: Because<R>; from: number } | null> = [];
  const hiWhy: Array<{ because: Because<R>; from: number } | null> = [];
  const edges: Array<Edge<R>> = [];

  entries.forEach(([, b], i) => {
    lo[point(i, false)] = b.earliestStart;
    hi[point(i, false)] = b.latestStart;
    lo[point(i, true)] = b.earliestEnd;
    hi[point(i, true)] = b.latestEnd;
    const s = point(i, false);
    const e = point(i, true);
    edges.push({
      from: e,
      to: s,
      weight: -(b.shortest ?? 0),
      because: b.shortest ? { kind: 'lasting' } : { kind: 'startBeforeEnd' },
    });
    if (b.longest !== null) edges.push({ from: s, to: e, weight: b.longest, because: { kind: 'lasting' } });
  });
  for (let i = 0; i < lo.length; i++) {
    loWhy[i] = null;
    hiWhy[i] = null;
  }
  for (const link of links) {
    const a = indexOf.get(link.from);
    const b = indexOf.get(link.to);
    if (a === undefined || b === undefined) continue;
    const because: Because<R> = { kind: 'link', link };
    if (link.kind === 'precedes')
      edges.push({ from: point(b, false), to: point(a, false), weight: 0, because });
    if (link.kind === 'within') {
      edges.push({ from: point(a, false), to: point(b, false), weight: 0, because });
      edges.push({ from: point(b, true), to: point(a, true), weight: 0, because });
    }
    if (link.kind === 'ends') {
      edges.push({ from: point(a, false), to: point(b, true), weight: 0, because });
      edges.push({ from: point(b, true), to: point(a, false), weight: 0, because });
    }
  }

  // Bellman-Ford on both sides at once: an upper bound flows along an edge, a lower bound against it.
  const rounds = lo.length + 1;
  let changed = true;
  for (let round = 0; round < rounds && changed; round++) {
    changed = false;
    for (const edge of edges) {
      const carried = at(hi, edge.from) + edge.weight;
      if (carried < at(hi, edge.to)) {
        hi[edge.to] = carried;
        hiWhy[edge.to] = { because: edge.because, from: edge.from };
        changed = true;
      }
      const pushed = at(lo, edge.to) - edge.weight;
      if (pushed > at(lo, edge.from)) {
        lo[edge.from] = pushed;
        loWhy[edge.from] = { because: edge.because, from: edge.to };
        changed = true;
      }
    }
  }

  const nameOf = (p: number, upper: boolean): BoundName =>
    p % 2 === 0 ? (upper ? 'latestStart' : 'earliestStart') : upper ? 'latestEnd' : 'earliestEnd';
  const result: Propagated<R> = {
    bounds: new Map(),
    derivations: new Map(),
    contradictions: [],
    depth: new Map(),
    predecessors: new Map(),
  };
  entries.forEach(([id, stated], i) => {
    const s = point(i, false);
    const e = point(i, true);
    result.bounds.set(id, {
      ...stated,
      earliestStart: at(lo, s),
      latestStart: at(hi, s),
      earliestEnd: at(lo, e),
      latestEnd: at(hi, e),
    });
    const derivations: Array<Derivation<R>> = [];
    for (const p of [s, e]) {
      for (const upper of [false, true]) {
        const why = upper ? hiWhy[p] : loWhy[p];
        const bound = nameOf(p, upper);
        const value = upper ? at(hi, p) : at(lo, p);
        if (why && value !== stated[bound] && Number.isFinite(value)) {
          derivations.push({
            bound,
            value,
            stated: stated[bound],
            because: why.because,
            fromThing: ids[Math.floor(why.from / 2)] ?? id,
            fromBound: nameOf(why.from, upper),
          });
        }
      }
      if (at(lo, p) > at(hi, p)) {
        result.contradictions.push({
          thing: id,
          point: p === s ? 'start' : 'end',
          lowest: at(lo, p),
          highest: at(hi, p),
          because: [loWhy[p]?.because, hiWhy[p]?.because].filter((b): b is Because<R> => b !== undefined),
        });
      }
    }
    result.derivations.set(id, derivations);
  });
  orderByLinks(ids, links, result);
  return result;
}

/** Precedence from links alone: who starts first by what the sources say, whatever the dates. */
function orderByLinks<R>(ids: string[], links: ReadonlyArray<NetworkLink<R>>, result: Propagated<R>): void {
  const before = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const link of links) {
    if (!before.has(link.from) || !before.has(link.to)) continue;
    // precedes: from first; within: the container first; ends: the ended thing started first.
    const [first, second] = link.kind === 'precedes' ? [link.from, link.to] : [link.to, link.from];
    before.get(second)?.push(first);
  }
  const visiting = new Set<string>();
  const predecessorsOf = (id: string): Set<string> => {
    const known = result.predecessors.get(id);
    if (known) return known;
    const all = new Set<string>();
    if (visiting.has(id)) return all; // a cycle: reported as a contradiction by the bounds, not here
    visiting.add(id);
    let depth = 0;
    for (const first of before.get(id) ?? []) {
      all.add(first);
      for (const p of predecessorsOf(first)) all.add(p);
      depth = Math.max(depth, (result.depth.get(first) ?? 0) + 1);
    }
    visiting.delete(id);
    all.delete(id);
    result.predecessors.set(id, all);
    result.depth.set(id, depth);
    return all;
  };
  ids.forEach(predecessorsOf);
}
