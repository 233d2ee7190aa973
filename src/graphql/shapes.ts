import type { DateTime } from 'luxon';
import { storedDerivations, type StoredDerivation } from '../model/derived-time';
import type { StoredEvidence } from '../model/stored';
import {
  storedBasisBounds,
  storedClaims,
  storedTime,
  storedTimeOrigin,
  type MaybeStoredTime,
  type StoredBounds,
} from '../model/stored-time';

export { storedBasisBounds };
import { isArticleClaim, type TimeClaim } from '../model/time-claims';
import type { FuzzyTime } from '../time';

/** A time as the GraphQL TimeSpan gives it: the fuzzy time, its precision in the enum's spelling, its origin. */
export interface TimeSpanShape {
  expression: string;
  edtf: string;
  label: string;
  precision: string;
  start: DateTime;
  end: DateTime | null;
  earliestStart: DateTime;
  latestStart: DateTime;
  earliestEnd: DateTime | null;
  latestEnd: DateTime | null;
  approximate: boolean;
  outsideArticle: boolean;
  sourceId: string | null;
  note: string | null;
  tightened: TimeBoundsShape;
  derivations: StoredDerivation[];
}

/** A time's bounds and best estimate, as `TimeBounds` gives them. */
export type TimeBoundsShape = StoredBounds;

const boundsOf = (t: FuzzyTime): TimeBoundsShape => ({
  start: t.start,
  end: t.end,
  earliestStart: t.earliestStart,
  latestStart: t.latestStart,
  earliestEnd: t.earliestEnd,
  latestEnd: t.latestEnd,
});

/**
 * The stored time of an event, statement, role or relation, as a TimeSpan: the best estimate as stated,
 * with its tightened bounds and how they were derived; null when it has none.
 */
export function timeSpanFrom(props: MaybeStoredTime): TimeSpanShape | null {
  const time = storedTime(props);
  if (!time) return null;
  return {
    ...time,
    precision: time.precision.toUpperCase(),
    ...storedTimeOrigin(props),
    tightened: storedBasisBounds(props, 'BEST') ?? boundsOf(time),
    derivations: storedDerivations(props.timeDerivations),
  };
}

/** The article's own time (its first claim, tightened by the links it states); null when it gives none. */
export function articleTimeSpan(props: MaybeStoredTime & { id: string }): TimeSpanShape | null {
  const claim = timeClaimsOf(props).find(isArticleClaim);
  const tightened = storedBasisBounds(props, 'ARTICLE');
  if (!claim || !tightened) return null;
  return {
    ...claim.time,
    precision: claim.time.precision.toUpperCase(),
    outsideArticle: false,
    sourceId: claim.evidence.sourceId,
    note: null,
    tightened,
    derivations: storedDerivations(props.articleTimeDerivations),
  };
}

/** Every claim about a stored thing's time. */
export function timeClaimsOf(props: MaybeStoredTime & { id?: string }): TimeClaim[] {
  return storedClaims(props, props.id ?? 'a stored thing');
}

/** The time of what always has one (an event, a statement); a stored one without is a data fault. */
export function requiredTimeSpan(props: MaybeStoredTime & { id: string }): TimeSpanShape {
  const span = timeSpanFrom(props);
  if (!span) throw new Error(`${props.id} is stored without its time`);
  return span;
}

/** Stored provenance as an Evidence, with absent properties as nulls. */
export function evidenceFrom(props: StoredEvidence): StoredEvidence {
  return {
    sourceId: props.sourceId,
    sourceIds: props.sourceIds ?? null,
    source: props.source ?? null,
    sentence: props.sentence ?? null,
    charStart: props.charStart ?? null,
    charEnd: props.charEnd ?? null,
    outsideArticle: props.outsideArticle ?? false,
    note: props.note ?? null,
    aspect: props.aspect ?? null,
  };
}
