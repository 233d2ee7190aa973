import type { DateTime } from 'luxon';
import { granularityOf, isBoundary, justBefore, shapeOf, type Endpoint, type Precision } from '../time';
import {
  evidenceOf,
  fuzzyTimeOf,
  sourceLabel,
  statusNote,
  type EventEvidence,
  type EventMap,
} from './event-facts';
import { groupOf, type TimelineGroupBy } from './groups';
import { escapeHtml } from './html';

/**
 * Events as Knight Lab TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html): one
 * slide per event. A date carries only the parts its precision knows (a year-precision event is
 * `{year: 2018}`, never an invented 1 January); an event that lasts has an `end_date` (its last unit);
 * open-ended states have none. `display_date` is the label the API shows everywhere. Headline and text are HTML-escaped; the text quotes the
 * source sentence and names the source.
 */

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

export interface TimelineJsSlide {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date: string;
  text: { headline: string; text: string };
  group?: string;
}

export interface TimelineJs {
  title?: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
}

export interface TimelineJsOptions {
  title?: string | null;
  groupBy?: TimelineGroupBy | null;
}

/** The parts of `at` (in its own offset: the story's wall time) that `precision` knows. */
export function timelineJsDate(at: DateTime, precision: Precision): TimelineJsDate {
  switch (granularityOf(precision)) {
    case 'instant':
      return { year: at.year, month: at.month, day: at.day, hour: at.hour, minute: at.minute };
    case 'day':
    case 'week':
      return { year: at.year, month: at.month, day: at.day };
    case 'month':
    case 'season':
    case 'quarter':
      return { year: at.year, month: at.month };
    case 'year':
      return { year: at.year };
    case 'decade':
      return { year: Math.floor(at.year / 10) * 10 };
  }
}

/** Start and end dates from the same reading of the time as its EDTF and label. */
function slideDates(event: EventMap): Pick<TimelineJsSlide, 'start_date' | 'end_date'> {
  const shape = shapeOf(fuzzyTimeOf(event));
  switch (shape.kind) {
    case 'unit':
      return { start_date: timelineJsDate(shape.at, shape.precision) };
    case 'part':
      return { start_date: timelineJsDate(shape.unit, shape.precision) };
    case 'open':
      return { start_date: timelineJsDate(shape.from.at, shape.from.precision) };
    case 'range':
      return {
        start_date: timelineJsDate(shape.from.at, shape.from.precision),
        end_date: timelineJsDate(lastMoment(shape.to), shape.to.precision),
      };
  }
}

/**
 * TimelineJS shows `end_date` as the last date of the event, while an exclusive end on a unit boundary
 * (a two-day summit from 31 Oct ends at 2 Nov 00:00) belongs to the unit before: 1 Nov.
 */
function lastMoment(end: Endpoint): DateTime {
  return isBoundary(end.at, end.precision) ? justBefore(end.at) : end.at;
}

function evidenceHtml(evidence: EventEvidence): string {
  const source = escapeHtml(sourceLabel(evidence.source));
  if (evidence.sentence)
    return `<blockquote>${escapeHtml(evidence.sentence)}</blockquote><p>Source: ${source}</p>`;
  if (evidence.note)
    return `<p>${evidence.aspect === 'time' ? 'Date' : 'Note'} from ${source}: ${escapeHtml(evidence.note)}</p>`;
  return `<p>Source: ${source}</p>`;
}

/** The slide's HTML body: description, how far it is a fact, then its evidence. */
function slideText(event: EventMap): string {
  const parts: string[] = [];
  if (typeof event.description === 'string') parts.push(`<p>${escapeHtml(event.description)}</p>`);
  const note = statusNote(String(event.status));
  if (note) parts.push(`<p><em>${escapeHtml(note)}</em></p>`);
  for (const evidence of evidenceOf(event)) parts.push(evidenceHtml(evidence));
  return parts.join('');
}

export function toTimelineJs(events: readonly EventMap[], options: TimelineJsOptions = {}): TimelineJs {
  const slides = events.map((event): TimelineJsSlide => {
    const slide: TimelineJsSlide = {
      unique_id: String(event.id),
      ...slideDates(event),
      display_date: String(event.timeLabel),
      text: { headline: escapeHtml(String(event.title)), text: slideText(event) },
    };
    if (options.groupBy) slide.group = groupOf(event, options.groupBy).label;
    return slide;
  });
  return options.title
    ? { title: { text: { headline: escapeHtml(options.title), text: '' } }, events: slides }
    : { events: slides };
}
