import { toTimelineJs } from '../../exports/timeline-js';
import { toVisTimeline } from '../../exports/vis-timeline';
import type { Resolvers } from '../generated/resolvers';
import type { EventConnectionParent } from '../parents';

const eventsOf = (page: EventConnectionParent) => page.edges.map((edge) => edge.node);

/** Exports of a page of events, from the event maps the page already holds: no further query. */
export const timelineExportResolvers: Resolvers = {
  EventConnection: {
    timelineJs: (page, args) => toTimelineJs(eventsOf(page), args),
    visTimeline: (page, args) => toVisTimeline(eventsOf(page), args),
  },
};
