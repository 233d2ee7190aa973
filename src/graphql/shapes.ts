import type { DateTime } from 'luxon';
import type { StoredEvidence } from '../model/stored';
import { storedTime, storedTimeOrigin, type MaybeStoredTime } from '../model/stored-time';

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
  outsideArticle: boolean;
  sourceId: string | null;
  note: string | null;
}

/** The stored time of an event, statement, role or relation, as a TimeSpan; null when it has none. */
export function timeSpanFrom(props: MaybeStoredTime): TimeSpanShape | null {
  const time = storedTime(props);
  if (!time) return null;
  return { ...time, precision: time.precision.toUpperCase(), ...storedTimeOrigin(props) };
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
    source: props.source ?? null,
    sentence: props.sentence ?? null,
    charStart: props.charStart ?? null,
    charEnd: props.charEnd ?? null,
    outsideArticle: props.outsideArticle ?? false,
    note: props.note ?? null,
    aspect: props.aspect ?? null,
  };
}
