import { DateTime } from 'luxon';
import type { FuzzyTime, Precision, ResolveContext, Tense } from '../../../src/time';

/** Publication time of the Canadian Press story: Wednesday 14 January 2026, 12:58 in Toronto. */
export const reference = DateTime.fromISO('2026-01-14T12:58', { zone: 'America/Toronto' });

export function told(tense: Tense, anchor?: FuzzyTime): ResolveContext {
  return anchor ? { reference, tense, anchor } : { reference, tense };
}

const iso = (dt: DateTime | null) => (dt === null ? null : dt.toISO());

export function summary(f: FuzzyTime) {
  return {
    precision: f.precision,
    edtf: f.edtf,
    label: f.label,
    start: iso(f.start),
    end: iso(f.end),
    earliestStart: iso(f.earliestStart),
    latestStart: iso(f.latestStart),
    earliestEnd: iso(f.earliestEnd),
    latestEnd: iso(f.latestEnd),
  };
}

/** Expected summary of a point event somewhere in [from, to). */
export function somewhereIn(precision: Precision, edtf: string, label: string, from: string, to: string) {
  return {
    precision,
    edtf,
    label,
    start: from,
    end: to,
    earliestStart: from,
    latestStart: to,
    earliestEnd: from,
    latestEnd: to,
  };
}
