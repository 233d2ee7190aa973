import type { DateTime } from 'luxon';
import type { Tense } from './fuzzy-time';

export interface Span {
  start: DateTime;
  end: DateTime;
}

export type Relative = 'last' | 'this' | 'next';

export interface Picked {
  span: Span;
  containsReference: boolean;
}

// Wide enough to skip a missing Feb 29 twice over.
const SEARCH = 9;

/**
 * Choose one instance of a recurring named period (a weekday, month, season, calendar date).
 * `instanceAt(k)` enumerates instances in order; `near` indexes the one in the reference's own
 * week or year. See docs/time-policy.md for the rules.
 */
export function pickInstance(
  instanceAt: (k: number) => Span | null,
  near: number,
  relative: Relative | null,
  tense: Tense,
  reference: DateTime,
): Picked | null {
  const spans: Span[] = [];
  for (let k = near - SEARCH; k <= near + SEARCH; k++) {
    const s = instanceAt(k);
    if (s) spans.push(s);
  }
  const latestWhere = (ok: (s: Span) => boolean) => [...spans].reverse().find(ok);
  const contains = (s: Span) => s.start <= reference && reference < s.end;
  const last = () => latestWhere((s) => s.end <= reference);
  const next = () => spans.find((s) => s.start > reference);
  const current = () => {
    const containing = spans.find(contains);
    if (containing) return containing;
    const own = instanceAt(near);
    if (!own) return tense === 'past' ? last() : next();
    if (tense === 'past' && own.start > reference) return last();
    if (tense === 'future' && own.end <= reference) return next();
    return own;
  };

  let span: Span | undefined;
  if (relative === 'last') span = last();
  else if (relative === 'next') span = next();
  else if (relative === 'this' || tense === 'present') span = current();
  else if (tense === 'past') span = latestWhere((s) => s.start <= reference);
  else span = spans.find((s) => s.end > reference);
  return span ? { span, containsReference: contains(span) } : null;
}
