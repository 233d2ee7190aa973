import type { DateTime } from 'luxon';

/**
 * Whose word an answer keeps: the facts asserted by sources available by `asOf`, among `sources` (ids)
 * and of `kinds` (ARTICLE, TEASER, REFERENCE). An empty list or a null date does not narrow. One scope
 * asked on a top-level field holds for everything nested under it, unless a field is given its own.
 */
export interface SourceScope {
  asOf: DateTime | null;
  sources: string[];
  kinds: string[];
}

export const EVERY_SOURCE: SourceScope = { asOf: null, sources: [], kinds: [] };

/** What the scope needs to know of a source to admit it. */
export interface SourceFacts {
  id: string;
  kind: string;
  availableAt?: DateTime | null;
}

/** Whether the scope narrows anything at all. */
export const narrows = (scope: SourceScope): boolean =>
  scope.asOf !== null || scope.sources.length > 0 || scope.kinds.length > 0;

/** Whether a source's facts count in the scope. An undated source counts whatever `asOf`. */
export function admits(scope: SourceScope, source: SourceFacts): boolean {
  if (scope.sources.length > 0 && !scope.sources.includes(source.id)) return false;
  if (scope.kinds.length > 0 && !scope.kinds.includes(source.kind)) return false;
  if (scope.asOf && source.availableAt && source.availableAt.toMillis() > scope.asOf.toMillis()) return false;
  return true;
}

/**
 * A field's own scope over the one inherited from its parent: each part the field gives replaces the
 * inherited part, the parts it leaves out are inherited.
 */
export function within(inherited: SourceScope, own: Partial<SourceScope>): SourceScope {
  return {
    asOf: own.asOf !== undefined ? own.asOf : inherited.asOf,
    sources: own.sources ?? inherited.sources,
    kinds: own.kinds ?? inherited.kinds,
  };
}

/**
 * Whether the scope keeps to articles alone ("according to the article"): then times stand on the
 * article's own claims and links, not on outside references' dates.
 */
export const articleOnly = (scope: SourceScope | null | undefined): boolean =>
  !!scope && scope.kinds.length === 1 && scope.kinds[0] === 'ARTICLE';
