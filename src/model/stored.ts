import type { DateTime } from 'luxon';
import type { MaybeStoredTime } from './stored-time';

/**
 * What the database answers, after the runner's conversion (integers as numbers, temporal values as
 * luxon DateTimes): the maps of cypher/fragments/*-map.cypher and the stubs inside them. Fields that a
 * full map carries but a stub at the other end of a link does not are optional; resolvers load them.
 */

/** Provenance as stored on a relationship or a SUPPORTED_BY edge. */
export interface StoredEvidence {
  /** The source whose words these are: of several that state a relationship, the highest-ranked. */
  sourceId: string;
  /** On a relationship: every source that states it (several documents may). */
  sourceIds?: string[] | null;
  sentence?: string | null;
  charStart?: number | null;
  charEnd?: number | null;
  outsideArticle?: boolean | null;
  note?: string | null;
  /** On SUPPORTED_BY edges: which part of the fact the source supports (event, time, statement...). */
  aspect?: string | null;
  /** The source, where the map carries it. */
  source?: StoredSource | null;
}

/** Every source that states a stored fact: its list, else (evidence edges, older data) its one source. */
export function statingSourceIds(evidence: Pick<StoredEvidence, 'sourceId' | 'sourceIds'>): string[] {
  return evidence.sourceIds?.length ? evidence.sourceIds : [evidence.sourceId];
}

export interface StoredSource {
  id: string;
  kind: string;
  title: string;
  publisher?: string | null;
  byline?: string | null;
  url?: string | null;
  publishedAt?: DateTime | null;
  capturedAt?: string | null;
  availableAt?: DateTime | null;
  referenceTime?: DateTime | null;
  timeZone?: string | null;
  text?: string | null;
  textSha256?: string | null;
  note?: string | null;
  recordedAt?: DateTime | null;
}

export interface StoredActor {
  id: string;
  kind: string;
  subtype?: string | null;
  name: string;
  aliases?: string[] | null;
  metonyms?: string[] | null;
  description?: string | null;
  recordedAt?: DateTime | null;
  roles?: StoredRole[];
  officeHolders?: StoredRole[];
  relationships?: StoredRelationship[];
  mentions?: StoredMention[];
}

export interface StoredRole extends MaybeStoredTime, StoredEvidence {
  id: string;
  title: string;
  holder: StoredActor;
  organisation: StoredActor;
}

export interface StoredRelationship extends MaybeStoredTime, StoredEvidence {
  type: string;
  direction: 'OUTGOING' | 'INCOMING';
  other: StoredActor;
}

export type StoredMention = StoredEvidence;

/** Something an event map lists, with the ids of the sources that state its tie to the event. */
export type Stated<T> = T & { statedBy?: string[] | null };

export interface StoredParticipation {
  role: string;
  mentionedAs?: string | null;
  actor: StoredActor;
  evidence: StoredEvidence;
}

/** A link's own properties: its provenance, whether the source states it, and the words it rests on. */
export interface StoredLinkEvidence extends StoredEvidence {
  modality?: string | null;
  cue?: string | null;
  inference?: string | null;
}

export interface StoredEventLink {
  type: string;
  event: StoredEvent;
  evidence: StoredLinkEvidence;
}

export interface StoredEvent extends MaybeStoredTime {
  id: string;
  type: string;
  title: string;
  description?: string | null;
  status: string;
  modality?: string | null;
  cue?: string | null;
  inference?: string | null;
  recordedAt?: DateTime | null;
  /** Where it took place (one, unless sources disagree). */
  places?: Array<Stated<StoredActor>>;
  participants?: StoredParticipation[];
  sectors?: Array<Stated<StoredActor>>;
  /** The event it is part of (one, unless sources disagree). */
  partOfEvents?: Array<Stated<StoredEvent>>;
  parts?: Array<Stated<StoredEvent>>;
  causes?: StoredEventLink[];
  consequences?: StoredEventLink[];
  statements?: StoredStatement[];
  evidence?: StoredEvidence[];
}

/** What a statement is about: an actor or an event, tagged with its GraphQL type. */
export type StoredSubject =
  Stated<StoredActor & { __typename: 'Actor' }> | Stated<StoredEvent & { __typename: 'Event' }>;

export interface StoredStatement extends MaybeStoredTime {
  id: string;
  kind: string;
  text: string;
  speakerTitle?: string | null;
  recordedAt?: DateTime | null;
  speaker?: StoredActor | null;
  spokeFor?: StoredActor | null;
  about?: StoredSubject[];
  evidence?: StoredEvidence[];
  /** On a stub inside an event: the sources stating it. */
  sourceIds?: string[];
}

/** A node of a drawn graph (cypher/fragments/graph-node-map.cypher): its own properties and kind. */
export type StoredGraphNode = MaybeStoredTime & {
  id: string;
  graphKind: 'ACTOR' | 'EVENT' | 'STATEMENT';
  name?: string | null;
  title?: string | null;
  text?: string | null;
  type?: string | null;
  kind?: string | null;
  subtype?: string | null;
  status?: string | null;
};

/** An edge of a drawn graph (cypher/fragments/graph-edge-map.cypher), in its real direction. */
export type StoredGraphEdge = MaybeStoredTime &
  Partial<Omit<StoredEvidence, 'source'>> & {
    type: string;
    /** The start node's id (not the evidence's source: that is `sourceId`). */
    source: string;
    target: string;
    id?: string | null;
    role?: string | null;
    title?: string | null;
    term?: string | null;
    statementEvidence?: StoredEvidence | null;
  };

/** Anything with a global id, with its GraphQL type name: the union keeps the two in step. */
export type TaggedNodeRow =
  | { typename: 'Event'; node: StoredEvent }
  | { typename: 'Actor'; node: StoredActor }
  | { typename: 'Statement'; node: StoredStatement }
  | { typename: 'Source'; node: StoredSource };

/** The lists an event map holds (cypher/fragments/event-map.cypher), each read only when fetched. */
export const EVENT_LISTS = [
  'places',
  'participants',
  'sectors',
  'partOfEvents',
  'parts',
  'causes',
  'consequences',
  'statements',
  'evidence',
] as const satisfies ReadonlyArray<keyof StoredEvent>;

/** Which lists a query reads into its event maps ($fetch): always every key, so the plan is one. */
export type EventFetch = Record<(typeof EVENT_LISTS)[number], boolean>;

export const FETCH_ALL: EventFetch = {
  places: true,
  participants: true,
  sectors: true,
  partOfEvents: true,
  parts: true,
  causes: true,
  consequences: true,
  statements: true,
  evidence: true,
};

/**
 * An event map with the lists it was not asked to read left out (they come back null), so a field that
 * needs one after all loads the whole event (fromParentOrLoad) instead of reading an empty list.
 */
export function withoutUnfetched<Event extends StoredEvent>(event: Event): Event {
  const kept = { ...event };
  for (const list of EVENT_LISTS) if (kept[list] === null) delete kept[list];
  return kept;
}
