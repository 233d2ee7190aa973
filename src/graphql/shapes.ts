import type { DateTime } from 'luxon';

type Props = Record<string, unknown>;

/** The flat time properties of an event, statement, role or relation, as a TimeSpan; null when it has none. */
export function timeSpanFrom(props: Props) {
  if (props.earliestStart === undefined || props.earliestStart === null) return null;
  return {
    expression: props.timeExpression as string,
    edtf: props.timeEdtf as string,
    label: props.timeLabel as string,
    precision: String(props.precision).toUpperCase(),
    start: props.start as DateTime,
    end: (props.end as DateTime | undefined) ?? null,
    earliestStart: props.earliestStart as DateTime,
    latestStart: props.latestStart as DateTime,
    earliestEnd: (props.earliestEnd as DateTime | undefined) ?? null,
    latestEnd: (props.latestEnd as DateTime | undefined) ?? null,
    outsideArticle: (props.timeOutsideArticle as boolean | undefined) ?? false,
    sourceId: (props.timeSourceId as string | undefined) ?? null,
    note: (props.timeNote as string | undefined) ?? null,
  };
}

/** The flat provenance properties of a relationship or SUPPORTED_BY edge, as an Evidence. */
export function evidenceFrom(props: Props) {
  return {
    sourceId: props.sourceId as string,
    source: (props.source as Props | undefined) ?? null,
    sentence: (props.sentence as string | undefined) ?? null,
    charStart: (props.charStart as number | undefined) ?? null,
    charEnd: (props.charEnd as number | undefined) ?? null,
    outsideArticle: (props.outsideArticle as boolean | undefined) ?? false,
    note: (props.note as string | undefined) ?? null,
    aspect: (props.aspect as string | undefined) ?? null,
  };
}
