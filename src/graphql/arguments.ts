import { DateTime } from 'luxon';
import { toNeo4jDateTime } from '../db/convert';
import type { FuzzyTime } from '../time';
import { badInput } from './errors';

export const OPEN_PAST = DateTime.fromISO('0001-01-01T00:00:00Z');
export const OPEN_FUTURE = DateTime.fromISO('9999-12-31T00:00:00Z');

// Query parameters keep one type whatever the arguments: an absent list filter is an empty list, absent
// text is '', an absent date a far date with a switch. Neo4j caches a plan per query and parameter
// types, and planning the large queries takes 1-2 s, so a null in place of a list would plan again.

export interface WindowArgs {
  from?: FuzzyTime | null;
  to?: FuzzyTime | null;
  match?: 'CERTAINLY' | 'POSSIBLY' | null;
}

/**
 * A time window [from, to) as query parameters, always set (open ends become far dates, so Cypher
 * compares without null checks): a partial `from` stands for its start, a partial `to` for its end.
 */
export function windowParams(args: WindowArgs) {
  const from = args.from?.start ?? OPEN_PAST;
  const to = args.to?.end ?? OPEN_FUTURE;
  if (from >= to) {
    throw badInput(
      'from',
      `the window must start before it ends: from ${args.from?.expression} is not before to ${args.to?.expression}`,
    );
  }
  return { from: toNeo4jDateTime(from), to: toNeo4jDateTime(to), certain: args.match === 'CERTAINLY' };
}

/** A list filter: empty when left out (Cypher reads an empty list as "no filter"); an empty list given is refused. */
export function listParam<T>(values: T[] | null | undefined, argument: string): T[] {
  if (values == null) return [];
  if (values.length === 0)
    throw badInput(argument, 'an empty list matches nothing; leave it out to match all');
  return values;
}

/** Free text, trimmed and lowercased for CONTAINS; '' (no filter) when blank. */
export function textParam(text: string | null | undefined): string {
  return text?.trim().toLowerCase() ?? '';
}

/** asOf a day means by the end of that day; `byAsOf` says whether to filter at all. */
export function asOfParams(asOf: FuzzyTime | null | undefined) {
  return {
    byAsOf: asOf != null,
    asOf: toNeo4jDateTime(asOf ? (asOf.end ?? asOf.latestStart) : OPEN_FUTURE),
  };
}
