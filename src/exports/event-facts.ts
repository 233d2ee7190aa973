import type { StoredEvent } from '../model/stored';
import { storedTime } from '../model/stored-time';
import type { FuzzyTime } from '../time';

/**
 * What the exports read from an event map (as the timeline query returns it: time bounds flat,
 * participants, evidence with its source), typed once for both export formats.
 */
export type EventMap = StoredEvent;

interface SourceStub {
  title?: string | null;
  publisher?: string | null;
}

export interface EventEvidence {
  aspect: string | null;
  sentence: string | null;
  note: string | null;
  outsideArticle: boolean;
  source: SourceStub | null;
}

export interface EventParticipant {
  role: string;
  actor: { id: string; name: string };
}

/** An event's stored time; every event has one, so one without is a stored-data fault. */
export function fuzzyTimeOf(event: EventMap): FuzzyTime {
  const time = storedTime(event);
  if (!time) throw new Error(`${event.id} is stored without its time`);
  return time;
}

export function evidenceOf(event: EventMap): EventEvidence[] {
  return (event.evidence ?? [])
    .map((item) => ({
      aspect: item.aspect ?? null,
      sentence: item.sentence ?? null,
      note: item.note ?? null,
      outsideArticle: item.outsideArticle ?? false,
      source: item.source ?? null,
    }))
    .sort((a, b) => aspectOrder(a.aspect) - aspectOrder(b.aspect));
}

/** The event's own sentence first, then where its time comes from. */
function aspectOrder(aspect: string | null): number {
  return aspect === 'event' ? 0 : aspect === 'time' ? 1 : 2;
}

export function participantsOf(event: EventMap): EventParticipant[] {
  return (event.participants ?? []).filter((p) => p.actor);
}

/** Where a piece of evidence comes from, for people: `Title (Publisher)`. */
export function sourceLabel(source: SourceStub | null): string {
  if (!source?.title) return 'unknown source';
  return source.publisher ? `${source.title} (${source.publisher})` : source.title;
}

/** A word on how far the event is a fact, for anything but HAPPENED. */
export function statusNote(status: string): string | null {
  switch (status) {
    case 'HAPPENED':
      return null;
    case 'ONGOING':
      return 'Ongoing as of the source; no end is known.';
    case 'PLANNED':
      return 'Planned as of the source: not a fact yet.';
    case 'EXPECTED':
      return 'Expected by someone quoted: not a fact.';
    case 'HOPED':
      return 'Hoped for by an actor: not a fact.';
    case 'DENIED':
      return 'Reported and denied.';
    default:
      return `Status: ${status}.`;
  }
}

/** `TARIFF_IMPOSED` → `Tariff imposed`. */
export function enumLabel(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
