import { DateTime } from 'luxon';
import { toNeo4jDateTime } from '../db/convert';
import type { FuzzyTime } from '../time';
import { badInput } from './errors';

const OPEN_PAST = DateTime.fromISO('0001-01-01T00:00:00Z');
const OPEN_FUTURE = DateTime.fromISO('9999-12-31T00:00:00Z');

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

/** A list filter: null when left out; an empty list is refused, since it would match nothing. */
export function listParam<T>(values: T[] | null | undefined, argument: string): T[] | null {
  if (values == null) return null;
  if (values.length === 0)
    throw badInput(argument, 'an empty list matches nothing; leave it out to match all');
  return values;
}

/** Free text, trimmed and lowercased for CONTAINS; null when blank. */
export function textParam(text: string | null | undefined): string | null {
  const trimmed = text?.trim().toLowerCase();
  return trimmed ? trimmed : null;
}

/** asOf a day means by the end of that day. */
export function asOfParam(asOf: FuzzyTime | null | undefined) {
  return asOf ? toNeo4jDateTime(asOf.end ?? asOf.latestStart) : null;
}
