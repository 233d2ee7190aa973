import type { DateTime } from 'luxon';
import { relate, type FuzzyTime } from '../time';

type Props = Record<string, unknown>;

/** The fuzzy time of an event or statement from its flat properties; null for what has no time. */
export function fuzzyTimeOf(props: Props): FuzzyTime | null {
  if (props.earliestStart == null) return null;
  return {
    expression: props.timeExpression as string,
    edtf: props.timeEdtf as string,
    label: props.timeLabel as string,
    precision: String(props.precision) as FuzzyTime['precision'],
    start: props.start as DateTime,
    end: (props.end as DateTime | undefined) ?? null,
    earliestStart: props.earliestStart as DateTime,
    latestStart: props.latestStart as DateTime,
    earliestEnd: (props.earliestEnd as DateTime | undefined) ?? null,
    latestEnd: (props.latestEnd as DateTime | undefined) ?? null,
  };
}

/**
 * True when no later time along a path is certainly before an earlier one: for every pair, the later
 * one's Allen relation to the earlier is not certainly `before`/`meets` (`relate().order === 'before'`).
 * Untimed entries (actors) are skipped. Fuzzy times that may overlap or touch never break it. This is
 * the definition; cypher/fragments/graph-path-pattern.cypher enforces the same condition on the bounds
 * (a later time breaks it when its latestEnd <= the earlier one's earliestStart).
 */
export function isTimeRespecting(times: Array<FuzzyTime | null>): boolean {
  const dated = times.filter((time): time is FuzzyTime => time !== null);
  return dated.every((earlier, i) =>
    dated.slice(i + 1).every((later) => relate(later, earlier).order !== 'before'),
  );
}
