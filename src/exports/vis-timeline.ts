import type { DateTime } from 'luxon';
import { evidenceOf, fuzzyTimeOf, sourceLabel, statusNote, type EventMap } from './event-facts';
import { groupOf, groupsOf, type TimelineGroupBy } from './groups';
import { escapeHtml } from './html';

/**
 * Events as vis-timeline DataSet items and groups (https://visjs.github.io/vis-timeline/docs/timeline/).
 * Each event is one item with the event's id: a `range` over its best estimate [start, end) when it
 * lasts, else a `point` at its best-estimate start (a point event, or an open-ended state, whose end is
 * never invented). When the event may lie anywhere in a wider span than it is drawn (a year, a window
 * such as "recently", fuzzy endpoints), a second, `background` item `<id>~extent` covers its possible
 * extent [earliestStart, latestEnd). Class names say the precision, status and type, for styling.
 */

export interface VisItem {
  id: string;
  content: string;
  start: string;
  end?: string;
  type: 'point' | 'range' | 'background';
  group?: string;
  title?: string;
  className: string;
}

export interface VisGroup {
  id: string;
  content: string;
  order: number;
}

export interface VisTimeline {
  items: VisItem[];
  groups: VisGroup[];
}

export interface VisTimelineOptions {
  groupBy?: TimelineGroupBy | null;
}

/** Suffix of the background item showing where an uncertain event may lie. */
export const EXTENT_SUFFIX = '~extent';

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

const iso = (at: DateTime) => at.toISO({ suppressMilliseconds: true }) ?? '';

/** The tooltip: label, how far it is a fact, and each source sentence with its source. */
function tooltip(event: EventMap): string {
  const lines = [`<b>${escapeHtml(String(event.timeLabel))}</b>`];
  const note = statusNote(String(event.status));
  if (note) lines.push(`<i>${escapeHtml(note)}</i>`);
  for (const evidence of evidenceOf(event)) {
    const said = evidence.sentence ?? evidence.note;
    if (said) lines.push(`“${escapeHtml(said)}” — ${escapeHtml(sourceLabel(evidence.source))}`);
  }
  return lines.join('<br>');
}

function itemsOf(event: EventMap, group: string | undefined): VisItem[] {
  const time = fuzzyTimeOf(event);
  // A point event (start and end anywhere in the same bounds: "on Friday", "in 2018", "recently") is
  // drawn at its best-estimate start; only an event that lasts (a detention, a summit) is a range.
  const isPointEvent =
    time.earliestEnd !== null &&
    time.latestEnd !== null &&
    time.earliestStart.toMillis() === time.earliestEnd.toMillis() &&
    time.latestStart.toMillis() === time.latestEnd.toMillis();
  const lasts = time.end !== null && !isPointEvent;
  // Drawn narrower than where it may lie: a point event known to less than a day, or fuzzy endpoints.
  const uncertain =
    time.latestEnd !== null &&
    (lasts
      ? time.earliestStart < time.start || time.latestEnd > time.end!
      : time.latestEnd.toMillis() - time.earliestStart.toMillis() > ONE_DAY_MS);
  const classes = [
    'event',
    `precision-${time.precision}`,
    `status-${String(event.status).toLowerCase()}`,
    `type-${String(event.type).toLowerCase().replace(/_/g, '-')}`,
    ...(time.end === null ? ['open-ended'] : []),
    ...(uncertain ? ['uncertain'] : []),
  ];
  const main: VisItem = {
    id: String(event.id),
    content: escapeHtml(String(event.title)),
    start: iso(time.start),
    ...(lasts ? { end: iso(time.end!) } : {}),
    type: lasts ? 'range' : 'point',
    ...(group ? { group } : {}),
    title: tooltip(event),
    className: classes.join(' '),
  };
  if (!uncertain) return [main];
  const extent: VisItem = {
    id: `${String(event.id)}${EXTENT_SUFFIX}`,
    content: '',
    start: iso(time.earliestStart),
    end: iso(time.latestEnd!),
    type: 'background',
    ...(group ? { group } : {}),
    className: `extent precision-${time.precision}`,
  };
  return [main, extent];
}

export function toVisTimeline(events: readonly EventMap[], options: VisTimelineOptions = {}): VisTimeline {
  const { groupBy } = options;
  const items = events.flatMap((event) => itemsOf(event, groupBy ? groupOf(event, groupBy).id : undefined));
  const groups = groupBy
    ? groupsOf(events, groupBy).map((group, order) => ({
        id: group.id,
        content: escapeHtml(group.label),
        order,
      }))
    : [];
  return { items, groups };
}
