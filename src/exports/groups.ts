import { enumLabel, participantsOf, type EventMap } from './event-facts';

/** How a timeline export sorts events into rows. */
export type TimelineGroupBy = 'TYPE' | 'ACTOR';

export interface TimelineGroup {
  id: string;
  /** Plain text; each format escapes it as it needs. */
  label: string;
}

/**
 * The order in which a participant's role makes it the event's principal actor: who acted, then who
 * hosted or asked, then the other side, then those it was done to or about.
 */
const ROLE_PRECEDENCE = ['AGENT', 'HOST', 'REQUESTER', 'COUNTERPART', 'PARTICIPANT', 'TARGET', 'SUBJECT'];

export const NO_ACTOR_GROUP: TimelineGroup = { id: '(none)', label: 'No participant named' };

/**
 * Each event goes in exactly one group. By TYPE: its event type. By ACTOR: its principal actor, the
 * participant whose role comes first in AGENT, HOST, REQUESTER, COUNTERPART, PARTICIPANT, TARGET,
 * SUBJECT (ties: by name, then id); events without participants go in one group of their own.
 */
export function groupOf(event: EventMap, groupBy: TimelineGroupBy): TimelineGroup {
  if (groupBy === 'TYPE') return { id: String(event.type), label: enumLabel(String(event.type)) };
  const rank = (role: string) => {
    const index = ROLE_PRECEDENCE.indexOf(role);
    return index === -1 ? ROLE_PRECEDENCE.length : index;
  };
  const [principal] = [...participantsOf(event)].sort(
    (a, b) =>
      rank(a.role) - rank(b.role) ||
      a.actor.name.localeCompare(b.actor.name) ||
      a.actor.id.localeCompare(b.actor.id),
  );
  return principal ? { id: principal.actor.id, label: principal.actor.name } : NO_ACTOR_GROUP;
}

/** The distinct groups of `events`, in order of first appearance (the events are in time order). */
export function groupsOf(events: readonly EventMap[], groupBy: TimelineGroupBy): TimelineGroup[] {
  const groups = new Map<string, TimelineGroup>();
  for (const event of events) {
    const group = groupOf(event, groupBy);
    if (!groups.has(group.id)) groups.set(group.id, group);
  }
  return [...groups.values()];
}
