import type { DateTime } from 'luxon';
import type { FuzzyTime, Tense } from './fuzzy-time';

export interface ResolveContext {
  /** When the source speaks from: publication time, in the zone the story is told in. */
  reference: DateTime;
  tense: Tense;
  /** Start of the thing a duration ("nearly three years") is measured from. */
  anchor?: FuzzyTime;
}

/** Reads `text` (normalised) or returns null; `expression` is the caller's original words. */
export type Rule = (text: string, expression: string, context: ResolveContext) => FuzzyTime | null;
