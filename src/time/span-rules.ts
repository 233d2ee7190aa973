import type { DateTime } from 'luxon';
import { TimeExpressionError, type Precision } from './fuzzy-time';
import { somewhereIn } from './build';
import { lasting } from './durations';
import {
  durationOf,
  HEDGE_PATTERN,
  parseCount,
  parseHedge,
  UNIT_PATTERN,
  VAGUE_COUNT,
  VAGUE_PATTERN,
  type DurationUnit,
} from './quantities';
import type { Rule } from './rule';

const RECENTLY = { months: 3 };
// What a source says happened "for years", "repeatedly" or "has long" done, without a date: somewhere in
// the decades before; links to dated events tighten it.
const LONG_BEFORE = { years: 30 };

/**
 * Policy, not words: what a source leaves undated. Reported speech with no date of its own was said in
 * the "recently" window up to the reference; what went on "for years" or "repeatedly", undated, in the
 * thirty years up to it; an undated expectation lies within a year after it. The
 * expressions name the rule, so a claim using one is never mistaken for the source's words.
 */
const UNDATED: Record<string, (reference: DateTime) => [DateTime, DateTime]> = {
  'undated, before publication': (reference) => [reference.minus(RECENTLY), reference],
  'undated, long before publication': (reference) => [reference.minus(LONG_BEFORE), reference],
  'undated, after publication': (reference) => [reference, reference.plus({ years: 1 })],
};

/** The policy expressions for undated facts (see UNDATED). */
export const UNDATED_EXPRESSIONS = Object.keys(UNDATED);

/** Windows: the true time lies somewhere between the reference and a distance from it. */
export const windowRule: Rule = (text, expression, { reference }) => {
  if (text === 'recently' || text === 'recent')
    return somewhereIn(expression, reference.minus(RECENTLY), reference, 'window');
  const undated = UNDATED[text];
  if (undated) return somewhereIn(expression, ...undated(reference), 'window');
  const m = new RegExp(
    `^(?:over |within )?the (next|coming|past|last) (?:(${VAGUE_PATTERN}) |(\\S+) )?${UNIT_PATTERN}$`,
  ).exec(text);
  if (!m) return null;
  const [, direction, vague, countWord, unitWord] = m;
  const unit = unitWord as DurationUnit;
  const count = vague !== undefined ? VAGUE_COUNT[unit] : countWord === undefined ? 1 : parseCount(countWord);
  if (count === undefined) return null;
  const d = durationOf(count, unit);
  const precision: Precision = unit === 'hour' ? 'instant' : 'window';
  return direction === 'next' || direction === 'coming'
    ? somewhereIn(expression, reference, reference.plus(d), precision)
    : somewhereIn(expression, reference.minus(d), reference, precision);
};

export const durationRule: Rule = (text, expression, { anchor }) => {
  const m = new RegExp(`^(?:(${HEDGE_PATTERN}) )?(\\S+) ${UNIT_PATTERN}$`).exec(text);
  const count = parseCount(m?.[2] ?? '');
  if (!m || count === undefined) return null;
  if (!anchor) {
    throw new TimeExpressionError(
      expression,
      'a duration needs context.anchor, the start it is measured from',
    );
  }
  return lasting(expression, anchor, count, m[3] as DurationUnit, parseHedge(m[1]));
};
