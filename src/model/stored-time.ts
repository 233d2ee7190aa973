import type { DateTime } from 'luxon';
import type { FuzzyTime, Precision } from '../time';

/**
 * A time as the ingest stores it, flat on a node or relationship (see docs/model.md), read back as the
 * time module's FuzzyTime; null for what has no time. Maps leave absent properties out, so an absent
 * end reads as null (open).
 */
export function storedTime(props: Record<string, unknown>): FuzzyTime | null {
  if (props.earliestStart == null) return null;
  const at = (key: string) => (props[key] as DateTime | null | undefined) ?? null;
  return {
    expression: props.timeExpression as string,
    edtf: props.timeEdtf as string,
    label: props.timeLabel as string,
    precision: String(props.precision).toLowerCase() as Precision,
    start: at('start')!,
    end: at('end'),
    earliestStart: at('earliestStart')!,
    latestStart: at('latestStart')!,
    earliestEnd: at('earliestEnd'),
    latestEnd: at('latestEnd'),
  };
}
