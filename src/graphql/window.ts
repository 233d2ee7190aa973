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
