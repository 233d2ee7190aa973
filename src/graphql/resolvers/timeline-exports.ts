import type { EventMap } from '../../exports/event-facts';
import type { TimelineGroupBy } from '../../exports/groups';
import { toTimelineJs } from '../../exports/timeline-js';
import { toVisTimeline } from '../../exports/vis-timeline';

interface EventPage {
  edges: Array<{ node: EventMap }>;
}

const eventsOf = (page: EventPage) => page.edges.map((edge) => edge.node);

/** Exports of a page of events, from the event maps the page already holds: no further query. */
export const timelineExportResolvers = {
  EventConnection: {
    timelineJs: (page: EventPage, args: { title?: string | null; groupBy?: TimelineGroupBy | null }) =>
      toTimelineJs(eventsOf(page), args),
    visTimeline: (page: EventPage, args: { groupBy?: TimelineGroupBy | null }) =>
      toVisTimeline(eventsOf(page), args),
  },
};
