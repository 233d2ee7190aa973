import type { DataSet as VisDataSet } from 'vis-data/peer';
import * as visTimeline from 'vis-timeline/standalone';
import type { DataGroup, DataItem, TimelineOptions } from 'vis-timeline/standalone';

/** The standalone build bundles vis-data and exports its DataSet, but its type declarations omit it. */
const { DataSet, Timeline } = visTimeline as unknown as {
  DataSet: typeof VisDataSet;
  Timeline: typeof visTimeline.Timeline;
};
import type { Lanes } from './state';
import type { TimelineEvent } from './types';

/** Where an ongoing state is drawn to: past the story's end, so it reads as still running. */
export const HORIZON = '2027-07-01';
const MIN = '2017-06-01';
const MAX = '2028-01-01';
const DAY_MS = 86_400_000;

const ROLE_ORDER = ['AGENT', 'HOST', 'REQUESTER', 'COUNTERPART', 'PARTICIPANT', 'TARGET', 'SUBJECT'];

export type Shape = 'point' | 'range' | 'fuzzy' | 'open-ended';

/** How an event is drawn: its possible extent, and where its best estimate lies inside it. */
export function shapeOf(event: TimelineEvent): {
  shape: Shape;
  start: string;
  end: string | null;
  best: { left: number; width: number } | null;
} {
  // Drawn as the links tightened it (a release ends the detention), in the precision the words said.
  const t = { ...event.time, ...event.time.tightened };
  if (t.end === null) return { shape: 'open-ended', start: t.earliestStart, end: HORIZON, best: null };
  const extentStart = Date.parse(t.earliestStart);
  const extentEnd = Date.parse(t.latestEnd ?? t.end);
  const bestStart = Date.parse(t.start);
  const bestEnd = Date.parse(t.end);
  if (extentEnd - extentStart < 2 * DAY_MS) return { shape: 'point', start: t.start, end: null, best: null };
  const span = extentEnd - extentStart;
  const wider = bestStart > extentStart || bestEnd < extentEnd;
  const fuzzy = wider || t.precision !== 'DAY';
  return {
    shape: fuzzy ? 'fuzzy' : 'range',
    start: t.earliestStart,
    end: t.latestEnd ?? t.end,
    best: wider
      ? {
          left: ((bestStart - extentStart) / span) * 100,
          width: Math.max(((bestEnd - bestStart) / span) * 100, 0.5),
        }
      : null,
  };
}

export function laneOf(event: TimelineEvent, lanes: Lanes): string {
  if (lanes === 'type') return event.type.toLowerCase().replace(/_/g, ' ');
  if (lanes === 'source') {
    const source = event.evidence.find((e) => e.aspect === 'event')?.source ?? event.evidence[0]?.source;
    return source ? `${source.kind === 'ARTICLE' ? 'Article' : 'Teaser'}: ${source.title}` : '(no source)';
  }
  const principal = [...event.participants].sort(
    (a, b) =>
      ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.actor.name.localeCompare(b.actor.name),
  )[0];
  return principal ? principal.actor.name : '(none)';
}

export interface TimelineCallbacks {
  onSelect(id: string | null): void;
  onWindow(from: string, to: string): void;
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

export class TimelineView {
  readonly timeline: visTimeline.Timeline;
  private readonly items = new DataSet<DataItem, 'id'>();
  private readonly groups = new DataSet<DataGroup, 'id'>();
  private events = new Map<string, TimelineEvent>();
  private outside = new Set<string>();

  constructor(container: HTMLElement, callbacks: TimelineCallbacks) {
    const options: TimelineOptions = {
      height: '100%',
      min: MIN,
      max: MAX,
      start: '2017-10-01',
      end: '2026-10-01',
      zoomMin: 7 * DAY_MS,
      stack: true,
      orientation: 'top',
      verticalScroll: true,
      margin: { item: { horizontal: 2, vertical: 3 } },
      selectable: true,
      showTooltips: true,
      tooltip: { followMouse: true, overflowMethod: 'cap' },
      groupOrder: 'order',
      template: (item?: DataItem) => (item ? this.render(String(item.id)) : ''),
    };
    this.timeline = new Timeline(container, this.items, this.groups, options);
    this.timeline.addCustomTime('2017-01-01', 'window-from');
    this.timeline.addCustomTime(DEFAULT_TO, 'window-to');
    this.timeline.setCustomTimeTitle('Window start: drag to narrow', 'window-from');
    this.timeline.setCustomTimeTitle('Window end: drag to narrow', 'window-to');
    this.timeline.on('select', (props: { items: Array<string | number> }) => {
      const id = props.items.map(String).find((i) => this.events.has(i));
      callbacks.onSelect(id ?? null);
    });
    this.timeline.on('timechanged', () => {
      const from = dayOf(this.timeline.getCustomTime('window-from'));
      const to = dayOf(this.timeline.getCustomTime('window-to'));
      if (from < to) callbacks.onWindow(from, to);
      else callbacks.onWindow(to, from);
    });
  }

  setEvents(events: TimelineEvent[], lanes: Lanes): void {
    this.events = new Map(events.map((e) => [e.id, e]));
    const laneNames: string[] = [];
    const items: DataItem[] = events.map((event) => {
      const lane = laneOf(event, lanes);
      if (!laneNames.includes(lane)) laneNames.push(lane);
      const shape = shapeOf(event);
      return {
        id: event.id,
        group: lane,
        content: event.title,
        start: shape.start,
        ...(shape.end ? { end: shape.end } : {}),
        type: shape.end ? 'range' : 'box',
        title: `${escapeHtml(event.title)}<br>${escapeHtml(event.time.label)} (${event.time.precision.toLowerCase()})`,
        className: [
          `shape-${shape.shape}`,
          `status-${event.status.toLowerCase()}`,
          event.isFact ? 'fact' : 'not-fact',
          this.outside.has(event.id) ? 'outside' : '',
        ].join(' '),
      };
    });
    this.items.clear();
    this.groups.clear();
    this.groups.add(laneNames.map((name, order) => ({ id: name, content: name, order })));
    this.items.add(items);
  }

  /** Dims the events the window leaves out (the API decides, with the chosen match). */
  markOutside(outside: Set<string>): void {
    this.outside = outside;
    const updates = [...this.events.values()].map((event) => {
      const current = this.items.get(event.id) as DataItem | null;
      const className =
        (current?.className ?? '').replace(/\s*outside/g, '') + (outside.has(event.id) ? ' outside' : '');
      return { id: event.id, className };
    });
    this.items.update(updates);
  }

  setWindow(from: string, to: string): void {
    this.timeline.setCustomTime(from, 'window-from');
    this.timeline.setCustomTime(to, 'window-to');
  }

  select(id: string | null): void {
    if (id && this.events.has(id)) {
      // Moves the view to the item, its lane scrolled into sight, at the same zoom.
      this.timeline.setSelection(id, { focus: true, animation: { animation: false } });
    } else {
      this.timeline.setSelection([]);
    }
  }

  private render(id: string): HTMLElement | string {
    const event = this.events.get(id);
    if (!event) return '';
    const shape = shapeOf(event);
    const root = document.createElement('div');
    root.className = 'ev';
    root.dataset.eventId = event.id;
    root.dataset.shape = shape.shape;
    if (shape.best) {
      const best = document.createElement('span');
      best.className = 'best';
      best.style.left = `${shape.best.left}%`;
      best.style.width = `${shape.best.width}%`;
      best.title = 'best estimate';
      root.append(best);
    }
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = `${event.title} · ${event.time.label}`;
    root.append(label);
    return root;
  }
}

const DEFAULT_TO = '2026-07-01';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
