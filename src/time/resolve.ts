import { TimeExpressionError, type FuzzyTime } from './fuzzy-time';
import { CALENDAR_RULES } from './calendar-rules';
import { readPartialIso } from './partial-iso';
import type { ResolveContext, Rule } from './rule';
import { durationRule, windowRule } from './span-rules';

export type { ResolveContext } from './rule';

const ACCEPTED =
  'weekdays ("on Friday", "last Monday"), today/yesterday/tomorrow, seasons ("last spring", "spring 2025"), ' +
  'years ("2022", "last year", "the 2010s"), months ("March 2025", "January", "this month"), ' +
  'dates ("2018-12-01", "December 1, 2018", "1 December 2018", "2025-03-14T10:00"), ' +
  'durations with an anchor ("nearly three years"), windows ("recently", "over the next 10 years")';

// Prepositions carry the caller's meaning (a point, a start, a deadline); the time is what follows.
const FILLER = /^(?:on|in|since|by|for|during) /;

function normalise(expression: string): string {
  return expression
    .trim()
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[.,;:!?]+$/, '')
    .replace(/([a-z])\./g, '$1')
    .replace(/\s+/g, ' ')
    .replace(FILLER, '');
}

const iso: Rule = (text, expression, { reference }) => readPartialIso(expression, text, reference.zone);

// Windows first so "over the next 10 years" is not read as a hedged duration.
const RULES: Rule[] = [windowRule, ...CALENDAR_RULES, iso, durationRule];

/**
 * Resolves a news time expression against `context.reference` (publication time, in the story's
 * zone). Relative words follow the tense and the policy in docs/time-policy.md.
 * @throws TimeExpressionError when the expression is not one of the accepted forms.
 */
export function resolveTime(expression: string, context: ResolveContext): FuzzyTime {
  if (!context.reference.isValid) throw new RangeError('context.reference is not a valid DateTime');
  const original = expression.trim();
  const text = normalise(expression);
  for (const rule of RULES) {
    const resolved = rule(text, original, context);
    if (resolved) return resolved;
  }
  throw new TimeExpressionError(original, `not an accepted form; try ${ACCEPTED}`);
}
