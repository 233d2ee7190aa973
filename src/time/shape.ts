import type { DateTime } from 'luxon';
import type { FuzzyTime, Precision } from './fuzzy-time';
import { isBoundary, justBefore, sameUnit } from './units';

export interface Endpoint {
  at: DateTime;
  precision: Precision;
  approximate: boolean;
}

/**
 * How a FuzzyTime reads, shared by the EDTF and label writers so both always agree:
 * - `unit`: somewhere in exactly one precision unit ("14 Jan 2026");
 * - `part`: somewhere in the part of one unit after/before a day ("2026 from 14 Jan");
 * - `range`: from one endpoint to another (a window, or an interval with a duration);
 * - `open`: started, not ended.
 */
export type Shape =
  | { kind: 'unit'; at: DateTime; precision: Precision }
  | { kind: 'part'; unit: DateTime; precision: Precision; side: 'from' | 'upTo'; day: DateTime }
  | { kind: 'range'; from: Endpoint; to: Endpoint }
  | { kind: 'open'; from: Endpoint };

const ONE_MINUTE = 60_000;

const LADDER: Precision[] = ['decade', 'year', 'month', 'day'];
const LADDER_FROM: Partial<Record<Precision, Precision>> = { season: 'month', quarter: 'month' };

/**
 * The unit an endpoint off `p`'s boundaries is read at: the coarsest plain unit (no coarser than `p`) it
 * starts, so 1 Dec 2018 reads "Dec 2018", and a day when none (endpoints are never finer than a day
 * unless the time is an instant).
 */
function fallback(dt: DateTime, p: Precision): Precision {
  if (p === 'instant') return 'instant';
  const from = LADDER.indexOf(LADDER_FROM[p] ?? p);
  if (from < 0) return 'day';
  return LADDER.slice(from).find((unit) => isBoundary(dt, unit)) ?? 'day';
}

function spreads(lo: DateTime, hi: DateTime, p: Precision): boolean {
  return hi > lo && !sameUnit(lo, justBefore(hi), p);
}

export function shapeOf(f: FuzzyTime): Shape {
  const p = f.precision;
  const startPoint: Endpoint = {
    at: f.start,
    precision: isBoundary(f.start, p) ? p : fallback(f.start, p),
    approximate: spreads(f.earliestStart, f.latestStart, p),
  };
  if (f.end === null || f.latestEnd === null) return { kind: 'open', from: startPoint };

  const isSpan =
    f.earliestEnd !== null &&
    f.earliestStart.toMillis() === f.earliestEnd.toMillis() &&
    f.latestStart.toMillis() === f.latestEnd.toMillis();
  if (!isSpan) {
    const earliestEnd = f.earliestEnd ?? f.earliestStart;
    return {
      kind: 'range',
      from: startPoint,
      // A day range names its days inclusively ("two days" from the 14th is 14-15); other ends are instants.
      to: {
        at: p === 'day_range' && isBoundary(f.end, 'day') ? justBefore(f.end) : f.end,
        precision: p,
        approximate: f.approximate || spreads(earliestEnd, f.latestEnd, p),
      },
    };
  }

  const from = f.earliestStart;
  const to = f.latestEnd;
  const last = justBefore(to);
  if (p === 'instant') {
    if (to.toMillis() - from.toMillis() <= ONE_MINUTE) return { kind: 'unit', at: from, precision: p };
    return {
      kind: 'range',
      from: { at: from, precision: p, approximate: false },
      to: { at: last, precision: p, approximate: false },
    };
  }
  const fromAligned = isBoundary(from, p);
  const toAligned = isBoundary(to, p);
  if (sameUnit(from, last, p)) {
    if (fromAligned && toAligned) return { kind: 'unit', at: from, precision: p };
    if (toAligned) return { kind: 'part', unit: last, precision: p, side: 'from', day: from };
    if (fromAligned) return { kind: 'part', unit: from, precision: p, side: 'upTo', day: last };
  }
  return {
    kind: 'range',
    from: { at: from, precision: fromAligned ? p : fallback(from, p), approximate: false },
    to: { at: last, precision: toAligned ? p : fallback(to, p), approximate: false },
  };
}
