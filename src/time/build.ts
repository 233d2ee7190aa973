import type { DateTime } from 'luxon';
import type { FuzzyTime, Precision } from './fuzzy-time';
import { toEdtf } from './edtf';
import { formatLabel } from './label';
import { unitEnd, unitStart } from './units';

export type Draft = Omit<FuzzyTime, 'edtf' | 'label' | 'approximate' | 'lasting'> &
  Partial<Pick<FuzzyTime, 'approximate' | 'lasting'>>;

export function finish(draft: Draft): FuzzyTime {
  const bare: FuzzyTime = { approximate: false, lasting: null, ...draft, edtf: '', label: '' };
  return { ...bare, edtf: toEdtf(bare), label: formatLabel(bare) };
}

/**
 * A point event somewhere in [from, to): its true start and end can each be anywhere there,
 * and the best estimate is the whole span.
 */
export function somewhereIn(
  expression: string,
  from: DateTime,
  to: DateTime,
  precision: Precision,
): FuzzyTime {
  return finish({
    expression,
    precision,
    start: from,
    end: to,
    earliestStart: from,
    latestStart: to,
    earliestEnd: from,
    latestEnd: to,
  });
}

/** The whole precision unit containing `dt`. */
export function unitAround(expression: string, dt: DateTime, precision: Precision): FuzzyTime {
  const start = unitStart(dt, precision);
  return somewhereIn(expression, start, unitEnd(start, precision), precision);
}
