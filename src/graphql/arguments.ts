import { DateTime } from 'luxon';
import type { SourceParams, WindowParams } from '../db/queries';
import { EVERY_SOURCE, narrows, within, type SourceScope } from '../model/source-scope';
import type { FuzzyTime } from '../time';
import { badInput } from './errors';
import type { InputMaybe, SourceKind, TimeMatch } from './generated/resolvers';

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

/** The source arguments every list takes; `asOf` a day means by the end of that day. */
export interface SourceArgs {
  asOf?: InputMaybe<FuzzyTime>;
  sources?: InputMaybe<string[]>;
  sourceKinds?: InputMaybe<SourceKind[]>;
}

/** The parts of a scope a field's arguments give (the rest is inherited from its parent). */
export function ownSourceScope(args: SourceArgs): Partial<SourceScope> {
  const own: Partial<SourceScope> = {};
  if (args.asOf != null) own.asOf = args.asOf.end ?? args.asOf.latestStart;
  if (args.sources != null) own.sources = [...new Set(listParam(args.sources, 'sources'))];
  if (args.sourceKinds != null) own.kinds = [...new Set(listParam(args.sourceKinds, 'sourceKinds'))];
  return own;
}

/** The scope a field answers in: its own arguments over the scope of the field it is nested in. */
export function sourceScope(args: SourceArgs, inherited?: SourceScope | null): SourceScope {
  return within(inherited ?? EVERY_SOURCE, ownSourceScope(args));
}

/** A scope as query parameters of fixed types (far date and empty lists when open). */
export function sourceParams(scope: SourceScope): SourceParams {
  return {
    bySource: narrows(scope),
    asOf: scope.asOf ?? OPEN_FUTURE,
    sources: scope.sources,
    sourceKinds: scope.kinds,
  };
}
