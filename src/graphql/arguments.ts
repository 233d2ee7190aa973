import { DateTime } from 'luxon';
import type { AsOfParams, WindowParams } from '../db/queries';
import type { FuzzyTime } from '../time';
import { badInput } from './errors';
import type { InputMaybe, TimeMatch } from './generated/resolvers';

export const OPEN_PAST = DateTime.fromISO('0001-01-01T00:00:00Z');
export const OPEN_FUTURE = DateTime.fromISO('9999-12-31T00:00:00Z');

// Query parameters keep one type whatever the arguments: an absent list filter is an empty list, absent
// text is '', an absent date a far date with a switch. Neo4j caches a plan per query and parameter
// types, and planning the large queries takes 1-2 s, so a null in place of a list would plan again.

export interface WindowArgs {
  from?: InputMaybe<FuzzyTime>;
  to?: InputMaybe<FuzzyTime>;
  match?: InputMaybe<TimeMatch>;
}

/**
 * The one parser of a time window [from, to), always set (open ends become far dates, so Cypher
 * compares without null checks): a partial `from` stands for its start, a partial `to` for its end.
 */
export function windowParams(args: WindowArgs): WindowParams {
  const from = args.from?.start ?? OPEN_PAST;
  const to = args.to?.end ?? OPEN_FUTURE;
  if (from >= to) {
    throw badInput(
      'from',
      `the window must start before it ends: from ${args.from?.expression} is not before to ${args.to?.expression}`,
    );
  }
  return { from, to, certain: args.match === 'CERTAINLY' };
}

/** A list filter: empty when left out (Cypher reads an empty list as "no filter"); an empty list given is refused. */
export function listParam<T>(values: InputMaybe<T[]>, argument: string): T[] {
  if (values == null) return [];
  if (values.length === 0)
    throw badInput(argument, 'an empty list matches nothing; leave it out to match all');
  return values;
}

/** Free text, trimmed and lowercased for CONTAINS; '' (no filter) when blank. */
export function textParam(text: InputMaybe<string>): string {
  return text?.trim().toLowerCase() ?? '';
}

/** asOf a day means by the end of that day; `byAsOf` says whether to filter at all. */
export function asOfParams(asOf: InputMaybe<FuzzyTime>): AsOfParams {
  return { byAsOf: asOf != null, asOf: asOf ? (asOf.end ?? asOf.latestStart) : OPEN_FUTURE };
}
