import type { DateTime } from 'luxon';
import { PRECISIONS, type FuzzyTime, type Precision } from '../time';
import type { ResolvedEvidence, ResolvedTime } from './prepared';

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
}

/** What a stored thing may carry: the time properties, absent on what has no time. */
export type MaybeStoredTime = Partial<{ [K in keyof StoredTimeProps]: StoredTimeProps[K] | null }>;

/** The properties a resolved time is stored as; none for what has no time. */
export function storedTimeProps(time: ResolvedTime): StoredTimeProps;
export function storedTimeProps(time: ResolvedTime | null): Partial<StoredTimeProps>;
export function storedTimeProps(time: ResolvedTime | null): Partial<StoredTimeProps> {
  if (!time) return {};
  const t = time.value;
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
  };
}

/** Provenance as flat properties, for relationships and evidence edges alike. */
export interface StoredEvidenceProps {
  sourceId: string;
  sentence: string | null;
  charStart: number | null;
  charEnd: number | null;
  outsideArticle: boolean;
  note: string | null;
}

export function storedEvidenceProps(evidence: ResolvedEvidence): StoredEvidenceProps {
  return {
    sourceId: evidence.sourceId,
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
