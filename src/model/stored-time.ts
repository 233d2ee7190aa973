import { DateTime } from 'luxon';
import { PRECISIONS, STORY_TIME_ZONE, type FuzzyTime, type Precision } from '../time';
import type { ResolvedEvidence, ResolvedTime } from './prepared';
import { EVIDENCE_RANKS } from './evidence';
import { spanClassOf } from './span-classes';
import {
  basisBounds,
  bestClaim,
  claimsFromJson,
  claimsToJson,
  isArticleClaim,
  type BasisBounds,
  type TimeClaim,
} from './time-claims';

/**
 * The one owner of how a fuzzy time is stored: flat properties on the node or relationship it dates
 * (see docs/model.md), with bounds as temporal values so range indexes serve timeline queries. The
 * ingest writes them with `storedTimeProps`, and everything in TypeScript that reads asks `storedTime`
 * or the helpers below. The Cypher queries still read the same properties by name.
 */
export interface StoredTimeProps {
  timeExpression: string;
  timeEdtf: string;
  timeLabel: string;
  precision: string;
  start: DateTime;
  end: DateTime | null;
  earliestStart: DateTime;
  latestStart: DateTime;
  earliestEnd: DateTime | null;
  latestEnd: DateTime | null;
  /** Where the time comes from when not from the fact's own evidence (an exact date from outside). */
  timeSourceId: string | null;
  timeOutsideArticle: boolean;
  timeNote: string | null;
  timeApproximate: boolean;
  /** Every claim, as JSON (read whole, never searched). */
  timeClaims: string;
}

/**
 * A basis's tightened time: the bounds its claims allow together, narrowed by the links between things
 * (the time network), with the best-estimate start and end moved inside them. `BEST` is stored as
 * `derived*`, `ARTICLE` as `article*` (null when the article does not date the thing).
 */
export interface BasisTime {
  start: DateTime;
  end: DateTime | null;
  earliestStart: DateTime;
  latestStart: DateTime;
  earliestEnd: DateTime | null;
  latestEnd: DateTime | null;
  /** Longest chain of stated precedences before it: orders equal starts cause first. */
  depth: number;
  /** The things the links (not the dates) put before it. */
  after: string[];
  /** JSON list of how each tightened bound was derived. */
  derivations: string;
}

export interface StoredBasisProps {
  derivedStart: DateTime;
  derivedEnd: DateTime | null;
  derivedEarliestStart: DateTime;
  derivedLatestStart: DateTime;
  derivedEarliestEnd: DateTime | null;
  derivedLatestEnd: DateTime | null;
  orderDepth: number;
  orderAfter: string[];
  timeDerivations: string;
  /** src/model/span-classes.ts: with derivedEarliestStart, what lets a window seek between two bounds. */
  derivedSpanClass: number;
  articleStart: DateTime | null;
  articleEnd: DateTime | null;
  articleEarliestStart: DateTime | null;
  articleLatestStart: DateTime | null;
  articleEarliestEnd: DateTime | null;
  articleLatestEnd: DateTime | null;
  articleOrderDepth: number | null;
  articleOrderAfter: string[] | null;
  articleTimeDerivations: string | null;
  articleSpanClass: number | null;
  /** JSON list of the contradictions the network found around this thing. */
  timeContradictions: string;
}

/** What a stored thing may carry: the time properties, absent on what has no time. */
export type MaybeStoredTime = Partial<{
  [K in keyof (StoredTimeProps & StoredBasisProps)]: (StoredTimeProps & StoredBasisProps)[K] | null;
}>;

/** The properties a resolved time is stored as; none for what has no time. */
export function storedTimeProps(time: ResolvedTime): StoredTimeProps & StoredBasisProps;
export function storedTimeProps(time: ResolvedTime | null): Partial<StoredTimeProps & StoredBasisProps>;
export function storedTimeProps(time: ResolvedTime | null): Partial<StoredTimeProps & StoredBasisProps> {
  if (!time) return {};
  const t = time.value;
  const untightened = (basis: 'BEST' | 'ARTICLE') => {
    const bounds = basisBounds(time.claims, basis);
    const claim = basis === 'BEST' ? bestClaim(time.claims) : time.claims.find(isArticleClaim);
    return bounds && claim ? basisTime(claim.time, bounds, 0, [], '[]') : null;
  };
  return {
    timeExpression: t.expression,
    timeEdtf: t.edtf,
    timeLabel: t.label,
    precision: t.precision,
    start: t.start,
    end: t.end,
    earliestStart: t.earliestStart,
    latestStart: t.latestStart,
    earliestEnd: t.earliestEnd,
    latestEnd: t.latestEnd,
    timeSourceId: time.evidence?.sourceId ?? null,
    timeOutsideArticle: time.evidence?.outsideArticle ?? false,
    timeNote: time.evidence?.note ?? null,
    timeApproximate: t.approximate,
    timeClaims: claimsToJson(time.claims),
    ...storedBasisProps(untightened('BEST'), untightened('ARTICLE'), '[]'),
  };
}

const clamp = (value: number, lo: number, hi: number) => Math.min(Math.max(value, lo), hi);

/** A basis's bounds (ms, +Infinity open) as a stored time in the zone of the claim it tightens. */
export function basisTime(
  claim: FuzzyTime,
  bounds: Pick<BasisBounds, 'earliestStart' | 'latestStart' | 'earliestEnd' | 'latestEnd'>,
  depth: number,
  after: string[],
  derivations: string,
): BasisTime {
  const zone = STORY_TIME_ZONE;
  const at = (ms: number) => DateTime.fromMillis(ms, { zone });
  const open = !Number.isFinite(bounds.latestEnd);
  return {
    start: at(clamp(claim.start.toMillis(), bounds.earliestStart, bounds.latestStart)),
    end:
      claim.end === null || open
        ? null
        : at(clamp(claim.end.toMillis(), bounds.earliestEnd, bounds.latestEnd)),
    earliestStart: at(bounds.earliestStart),
    latestStart: at(bounds.latestStart),
    earliestEnd: claim.earliestEnd === null && open ? null : at(bounds.earliestEnd),
    latestEnd: open ? null : at(bounds.latestEnd),
    depth,
    after,
    derivations,
  };
}

/** Both bases as the flat properties they are stored as. */
export function storedBasisProps(
  best: BasisTime | null,
  article: BasisTime | null,
  contradictions: string,
): StoredBasisProps {
  if (!best) throw new Error('the best-estimate basis always has a time');
  return {
    derivedStart: best.start,
    derivedEnd: best.end,
    derivedEarliestStart: best.earliestStart,
    derivedLatestStart: best.latestStart,
    derivedEarliestEnd: best.earliestEnd,
    derivedLatestEnd: best.latestEnd,
    orderDepth: best.depth,
    orderAfter: best.after,
    timeDerivations: best.derivations,
    derivedSpanClass: spanClassOf(best.earliestStart, best.latestEnd),
    articleStart: article?.start ?? null,
    articleEnd: article?.end ?? null,
    articleEarliestStart: article?.earliestStart ?? null,
    articleLatestStart: article?.latestStart ?? null,
    articleEarliestEnd: article?.earliestEnd ?? null,
    articleLatestEnd: article?.latestEnd ?? null,
    articleOrderDepth: article?.depth ?? null,
    articleOrderAfter: article?.after ?? null,
    articleTimeDerivations: article?.derivations ?? null,
    articleSpanClass: article ? spanClassOf(article.earliestStart, article.latestEnd) : null,
    timeContradictions: contradictions,
  };
}

/** A stored thing's claims; a thing stored before claims existed has its one time as its only claim. */
export function storedClaims(props: MaybeStoredTime, owner: string): TimeClaim[] {
  if (props.timeClaims) return claimsFromJson(props.timeClaims, owner);
  return [];
}

/** Provenance as flat properties, for relationships and evidence edges alike. */
export interface StoredEvidenceProps {
  sourceId: string;
  sentence: string | null;
  charStart: number | null;
  charEnd: number | null;
  outsideArticle: boolean;
  note: string | null;
  /** EVIDENCE_RANKS of the source: a write keeps a higher-ranked source's words already stored. */
  evidenceRank: number;
}

export function storedEvidenceProps(evidence: ResolvedEvidence): StoredEvidenceProps {
  return {
    sourceId: evidence.sourceId,
    evidenceRank: EVIDENCE_RANKS[evidence.sourceKind],
    sentence: evidence.sentence,
    charStart: evidence.charStart,
    charEnd: evidence.charEnd,
    outsideArticle: evidence.outsideArticle,
    note: evidence.note,
  };
}

/** A stored precision read back; anything unknown is a stored-data fault, said as such. */
function precisionOf(stored: string | null | undefined): Precision {
  const precision = PRECISIONS.find((known) => known === String(stored).toLowerCase());
  if (!precision) throw new Error(`stored time has an unknown precision '${String(stored)}'`);
  return precision;
}

/**
 * A stored time read back as the time module's FuzzyTime; null for what has no time. Maps leave absent
 * properties out, so an absent end reads as null (open).
 */
export function storedTime(props: MaybeStoredTime): FuzzyTime | null {
  const { start, earliestStart, latestStart } = props;
  if (!start || !earliestStart || !latestStart) return null;
  return {
    expression: props.timeExpression ?? '',
    edtf: props.timeEdtf ?? '',
    label: props.timeLabel ?? '',
    precision: precisionOf(props.precision),
    start,
    end: props.end ?? null,
    earliestStart,
    latestStart,
    earliestEnd: props.earliestEnd ?? null,
    latestEnd: props.latestEnd ?? null,
    approximate: props.timeApproximate ?? false,
    lasting: null,
  };
}

/** Where a stored time comes from, beside the time itself. */
export function storedTimeOrigin(props: MaybeStoredTime) {
  return {
    outsideArticle: props.timeOutsideArticle ?? false,
    sourceId: props.timeSourceId ?? null,
    note: props.timeNote ?? null,
  };
}

/** A stored time's words and resolution as analysts compare them (what an upsert changed). */
export function storedTimeWords(props: MaybeStoredTime) {
  return {
    expression: props.timeExpression ?? null,
    edtf: props.timeEdtf ?? null,
    label: props.timeLabel ?? null,
    sourceId: props.timeSourceId ?? null,
    note: props.timeNote ?? null,
  };
}

/** A time's bounds and best estimate, read back from one basis. */
export type StoredBounds = Pick<
  FuzzyTime,
  'start' | 'end' | 'earliestStart' | 'latestStart' | 'earliestEnd' | 'latestEnd'
>;

/** The tightened bounds of a basis as stored; null when the basis does not date the thing. */
export function storedBasisBounds(props: MaybeStoredTime, basis: 'BEST' | 'ARTICLE'): StoredBounds | null {
  const b =
    basis === 'ARTICLE'
      ? {
          start: props.articleStart,
          end: props.articleEnd,
          earliestStart: props.articleEarliestStart,
          latestStart: props.articleLatestStart,
          earliestEnd: props.articleEarliestEnd,
          latestEnd: props.articleLatestEnd,
        }
      : {
          start: props.derivedStart,
          end: props.derivedEnd,
          earliestStart: props.derivedEarliestStart,
          latestStart: props.derivedLatestStart,
          earliestEnd: props.derivedEarliestEnd,
          latestEnd: props.derivedLatestEnd,
        };
  if (!b.start || !b.earliestStart || !b.latestStart) return null;
  return {
    start: b.start,
    end: b.end ?? null,
    earliestStart: b.earliestStart,
    latestStart: b.latestStart,
    earliestEnd: b.earliestEnd ?? null,
    latestEnd: b.latestEnd ?? null,
  };
}
