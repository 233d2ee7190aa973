import type { TimeSpec } from '../model/document-schema';
import {
  civilOf,
  MONTHS,
  monthIndex,
  plusMonths,
  seasonEnd,
  seasonOf,
  weekdayOf,
  WEEKDAYS,
  writtenDay,
  writtenDayMonthFirst,
} from './calendar';
import type { Random } from './random';

/**
 * Words for a true time, as a reporter writing on the reference day would put them. Every form is
 * chosen only where the resolver (src/time) reads it back to a span that holds the true day, so the
 * links between true times never make a contradiction; the rest of the mix is plain calendar words.
 * `phrase` goes into the sentence and `spec.expression` is the same words, so the fact checker finds
 * them there.
 */
export interface Worded {
  spec: TimeSpec;
  /** The words as the sentence carries them; empty for a policy form (the sentence gives no date). */
  phrase: string;
  /** What the words are known to: the generator's own tally of the mix (the resolver decides). */
  form: WordForm;
}

export type WordForm =
  | 'day'
  | 'relative-day'
  | 'day-range'
  | 'week'
  | 'month'
  | 'season'
  | 'quarter'
  | 'year'
  | 'decade'
  | 'window'
  | 'lasting'
  | 'since'
  | 'policy';

const NUMBER_WORDS = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const QUARTERS = ['first', 'second', 'third', 'fourth'];

export function countWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

function worded(phrase: string, form: WordForm, tense?: TimeSpec['tense']): Worded {
  return { spec: tense ? { expression: phrase, tense } : { expression: phrase }, phrase, form };
}

type Candidate = [weight: number, make: () => Worded | null];

function choose(random: Random, candidates: Candidate[]): Worded {
  const ready = candidates.flatMap(([weight, make]) => {
    const made = make();
    return made ? [{ weight, made }] : [];
  });
  let u = random.next() * ready.reduce((sum, c) => sum + c.weight, 0);
  for (const c of ready) {
    u -= c.weight;
    if (u < 0) return c.made;
  }
  return ready[ready.length - 1]!.made;
}

function season(day: number): { words: string; name: string; year: number } {
  const { name, year } = seasonOf(civilOf(day));
  const words =
    name === 'winter' ? `winter ${year}–${String((year + 1) % 100).padStart(2, '0')}` : `${name} ${year}`;
  return { words, name, year };
}

function absoluteDay(random: Random, day: number, preposition = 'on'): Worded {
  const words = random.chance(0.7) ? writtenDay(day) : writtenDayMonthFirst(day);
  return worded(`${preposition} ${words}`, 'day');
}

/** A day that has come (the reference day included), in any of the precisions news uses. */
export function pastPoint(random: Random, day: number, reference: number): Worded {
  const c = civilOf(day);
  const ref = civilOf(reference);
  const age = reference - day;
  const monday = reference - (weekdayOf(reference) - 1);
  const { name: seasonName, year: seasonYear } = seasonOf(c);
  return choose(random, [
    [24, () => absoluteDay(random, day)],
    [
      6,
      () =>
        age >= 0 && age <= 6 ? worded(`on ${WEEKDAYS[weekdayOf(day) - 1]}`, 'relative-day', 'past') : null,
    ],
    [3, () => (age === 1 ? worded('yesterday', 'relative-day') : null)],
    [3, () => (day >= monday - 7 && day < monday ? worded('last week', 'week') : null)],
    [16, () => worded(`in ${MONTHS[c.month - 1]} ${c.year}`, 'month')],
    [3, () => (monthIndex(c) === monthIndex(ref) - 1 ? worded('last month', 'month') : null)],
    [6, () => worded(`in ${season(day).words}`, 'season')],
    [
      4,
      () => {
        // "last spring": the latest spring that has ended by the reference is this day's one.
        const ended = seasonEnd(seasonName, seasonYear) <= reference;
        const nextEnded = seasonEnd(seasonName, seasonYear + 1) <= reference;
        const word = seasonName === 'autumn' && random.chance(0.5) ? 'fall' : seasonName;
        return ended && !nextEnded ? worded(`last ${word}`, 'season') : null;
      },
    ],
    [4, () => worded(`in the ${QUARTERS[Math.floor((c.month - 1) / 3)]} quarter of ${c.year}`, 'quarter')],
    [14, () => worded(`in ${c.year}`, 'year')],
    [3, () => (c.year === ref.year - 1 ? worded('last year', 'year') : null)],
    [1, () => (age > 3650 ? worded(`in the ${Math.floor(c.year / 10) * 10}s`, 'decade') : null)],
    [5, () => (age >= 1 && age <= 85 ? worded('recently', 'window') : null)],
    [2, () => (age >= 1 && age <= 13 ? worded('over the past two weeks', 'window') : null)],
  ]);
}

/** A day to come (after the reference day): plans and expectations. */
export function futurePoint(random: Random, day: number, reference: number): Worded {
  const c = civilOf(day);
  const ref = civilOf(reference);
  const ahead = day - reference;
  const monday = reference - (weekdayOf(reference) - 1);
  return choose(random, [
    [
      10,
      () =>
        ahead >= 1 && ahead <= 6
          ? worded(`on ${WEEKDAYS[weekdayOf(day) - 1]}`, 'relative-day', 'future')
          : null,
    ],
    [3, () => (ahead === 1 ? worded('tomorrow', 'relative-day', 'future') : null)],
    [4, () => (day >= monday + 7 && day < monday + 14 ? worded('next week', 'week', 'future') : null)],
    [4, () => (monthIndex(c) === monthIndex(ref) + 1 ? worded('next month', 'month', 'future') : null)],
    [4, () => (c.year === ref.year ? worded('this year', 'year', 'future') : null)],
    [3, () => (c.year === ref.year + 1 ? worded('next year', 'year', 'future') : null)],
    [4, () => (ahead >= 1 && ahead <= 13 ? worded('over the next two weeks', 'window', 'future') : null)],
    [8, () => absoluteDay(random, day)],
    [6, () => worded(`in ${MONTHS[c.month - 1]} ${c.year}`, 'month', 'future')],
    [
      6,
      () =>
        ahead >= 1 && ahead <= 360
          ? { spec: { expression: 'undated, after publication' }, phrase: '', form: 'policy' as const }
          : null,
    ],
  ]);
}

/** A day named as a day: the parts of an event of days, which must fall inside it. */
export function exactDay(random: Random, day: number, reference: number): Worded {
  const age = reference - day;
  if (age >= 0 && age <= 6 && random.chance(0.4))
    return worded(`on ${WEEKDAYS[weekdayOf(day) - 1]}`, 'relative-day', 'past');
  if (age < 0 && age >= -6 && random.chance(0.6))
    return worded(`on ${WEEKDAYS[weekdayOf(day) - 1]}`, 'relative-day', 'future');
  return absoluteDay(random, day);
}

/** Whole days from a first day: "for three days from 12 March 2004" (DAY_RANGE). */
export function dayRange(random: Random, first: number, days: number): Worded {
  const anchor = absoluteDay(random, first, 'from');
  const expression = `for ${countWord(days)} days`;
  return {
    spec: { expression, anchor: { expression: anchor.spec.expression.replace(/^from /, '') } },
    phrase: `${expression} ${anchor.phrase}`,
    form: 'day-range',
  };
}

/**
 * A state of a stated length that ended: "for 14 months from May 2011", "for four years from 2004".
 * The end is exactly the start plus the count, so what ends it (a release, the next term) can begin
 * on that day.
 */
export function lasting(random: Random, first: number, count: number, unit: 'month' | 'year'): Worded {
  const c = civilOf(first);
  const roll = random.next();
  const from =
    roll < 0.5
      ? writtenDay(first)
      : roll < 0.8 || unit === 'month'
        ? `${MONTHS[c.month - 1]} ${c.year}`
        : `${c.year}`;
  const expression = `for ${countWord(count)} ${unit}${count === 1 ? '' : 's'}`;
  return {
    spec: { expression, anchor: { expression: from } },
    phrase: `${expression} from ${from}`,
    form: 'lasting',
  };
}

/** The first day after a state that lasted `count` units from `first` (see lasting). */
export function endOfLasting(first: number, count: number, unit: 'month' | 'year'): number {
  return plusMonths(first, unit === 'year' ? 12 * count : count);
}

/** An open state that began on a past day and is still in force: "since March 2004", ongoing. */
export function since(random: Random, first: number, reference: number): Worded {
  const start = pastPoint(random, first, reference);
  const words = start.phrase.replace(/^(?:on|in) /, '');
  // "since last week" and "since recently" are not how anyone writes; those fall back to the month.
  const plain = ['window', 'week', 'relative-day'].includes(start.form)
    ? `${MONTHS[civilOf(first).month - 1]} ${civilOf(first).year}`
    : words;
  const phrase = `since ${plain}`;
  return { spec: { expression: phrase, ongoing: true }, phrase, form: 'since' };
}
