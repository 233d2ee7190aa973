import type { WindowSlice } from '../model/span-classes';
import type { DateTime, Duration } from 'luxon';
import type {
  EventFetch,
  StoredActor,
  StoredEvent,
  StoredGraphEdge,
  StoredGraphNode,
  StoredLinkEvidence,
  StoredMention,
  StoredSource,
  StoredStatement,
  TaggedNodeRow,
} from '../model/stored';
import type { StoredBasisProps, StoredEvidenceProps, StoredTimeProps } from '../model/stored-time';
import type { NetworkEventLink } from '../model/derived-time';

/**
 * The typed catalog of cypher/*.cypher: one entry per query file, with the type of its parameters and
 * of its rows. Code calls `runner.read(queries.timeline, params)`, never a bare name, so a renamed file
 * or a changed parameter is a compile error; test/unit/db/queries.test.ts checks that every file has an
 * entry and every entry a file. Parameters hold our own values (luxon DateTime and Duration); the
 * runner converts them to Neo4j's on the way in, and rows back on the way out.
 */
export interface Query<Params, Row> {
  readonly name: string;
  readonly mode: 'read' | 'write';
  /** Phantom fields: they carry the types only, and are never set. */
  readonly params?: Params;
  readonly row?: Row;
}

/** A catalog entry; tests define their own inspection queries with these too. */
export const read = <Params, Row>(name: string): Query<Params, Row> => ({ name, mode: 'read' });
export const write = <Params, Row = never>(name: string): Query<Params, Row> => ({ name, mode: 'write' });

export type NoParams = Record<string, never>;

// ---- parameters shared by the time-ordered lists

/** A window [from, to): always set (open ends are far dates), so Cypher compares without null checks. */
export interface WindowParams {
  from: DateTime;
  to: DateTime;
  /** CERTAINLY (lies inside whatever its fuzzy time) rather than POSSIBLY (may overlap). */
  certain: boolean;
}

/** Which sources' facts count (cypher/fragments/source-admitted.cypher); empty lists do not narrow. */
export interface SourceParams {
  bySource: boolean;
  asOf: DateTime;
  sources: string[];
  sourceKinds: string[];
}

/** The keyset page of a time-ordered list: (earliest start, order depth, id); statements have depth 0. */
export interface KeysetParams {
  backward: boolean;
  cursor: { start: DateTime; depth: number; id: string };
  limit: number;
  withTotal: boolean;
}

export interface TimelineFilterParams extends WindowParams, SourceParams {
  /** One two-sided seek per span class (src/model/span-classes.ts), covering the window. */
  slices: readonly WindowSlice[];
  /** Where the open-ended class's seek starts: before every event. */
  openPast: DateTime;
  /** A scope whose actors took part in at most this many events is read from them, not from the window. */
  actorsFirstUpTo: number;
  /** Which claims and links the times stand on: 'BEST' (all) or 'ARTICLE' (the article's own). */
  basis: 'BEST' | 'ARTICLE';
  types: string[];
  statuses: string[];
  /** Stated precisions to keep, lowercase as stored ('day', 'year'); empty: all. */
  precisions: string[];
  places: string[];
  sectors: string[];
  text: string;
  mustExist: string[];
  /** The source ids the arguments name, checked to exist. */
  mustBeSources: string[];
  /** Which lists the event maps read (what the query selects). */
  fetch: EventFetch;
  /** The event the list is relative to ('' for none: the whole timeline). */
  anchor: string;
  /** Where the events lie relative to the anchor: 'NONE' without one. */
  position: 'NONE' | 'BEFORE' | 'AFTER' | 'DURING' | 'OVERLAPPING';
  /** Certainly at the position, rather than possibly. */
  certainly: boolean;
  /** One millisecond: the shortest an interval lasts. */
  tick: Duration;
}

export interface TimelineScope {
  actors: string[];
  allActors: boolean;
}

export interface StatementFilterParams extends WindowParams, SourceParams {
  /** A scope whose speakers, subjects or sources state at most this many is read from them, not the window. */
  scopeFirstUpTo: number;
  /** Or when they state at most this share of all statements (the window's seek is a half-line). */
  scopeFirstShare: number;
  text: string;
  mustBeActors: string[];
  mustExist: string[];
  /** The source ids the arguments name, checked to exist. */
  mustBeSources: string[];
  /** With `about`: also statements about the events within those events. */
  aboutParts: boolean;
  /** Only statements whose speaker has one of these voices (src/model/voices.ts); empty: all. */
  speakerVoices: string[];
  subtypeVoices: Record<string, string>;
}

export interface StatementScope {
  speakers: string[];
  about: string[];
}

/** Many scopes (one per list asked for) in one query; each answers under its key. */
export type Scoped<Filters, Scope> = Filters & KeysetParams & { scopes: Array<Scope & { key: string }> };

export interface ScopedPageRow<Item> {
  key: string;
  missing: string[];
  totalCount: number | null;
  items: Item[];
}

/** One of the anchor's own ENDED_BY or PART_OF links: `anchorFirst` when the anchor is its start node. */
export interface AnchorTie {
  type: 'ENDED_BY' | 'PART_OF';
  otherId: string;
  anchorFirst: boolean;
  outsideArticle: boolean;
}

export type AnchorBounds = Pick<
  StoredEvent,
  'start' | 'end' | 'earliestStart' | 'latestStart' | 'earliestEnd' | 'latestEnd' | 'precision'
> & { id: string; after: string[] | null; ties: AnchorTie[] };

// ---- graph

export interface GraphFilterParams extends WindowParams, SourceParams {
  types: string[];
  /** Leave out events that are not facts (PLANNED, EXPECTED, HOPED, DENIED). */
  factsOnly: boolean;
  /** The statuses that make an event a fact. */
  factStatuses: string[];
}

export interface PathParams extends GraphFilterParams {
  source: string;
  target: string;
  k: number;
  maxHops: number;
  timeRespecting: boolean;
  /** The ranking of equally short paths (src/graph/path-ranking.ts). */
  edgeCosts: Record<string, number>;
  hubCost: number;
  statementCost: number;
  notFactCost: number;
}

export interface NeighbourhoodParams extends GraphFilterParams {
  id: string;
  depth: number;
  limit: number;
}

export interface StoredPath {
  nodes: StoredGraphNode[];
  edges: StoredGraphEdge[];
  /** What the route costs in the ranking of equally short paths (lower: more informative). */
  cost: number;
}

export interface PathRow {
  sourceFound: boolean;
  targetFound: boolean;
  paths: StoredPath[];
}

// ---- writes: the rows the ingest UNWINDs (see src/write/)

export interface SourceWriteRow {
  id: string;
  props: {
    kind: string;
    title: string;
    publisher: string | null;
    byline: string | null;
    url: string | null;
    publishedAt: DateTime | null;
    capturedAt: string | null;
    availableAt: DateTime | null;
    referenceTime: DateTime | null;
    timeZone: string;
    text: string | null;
    textSha256: string | null;
    note: string | null;
  };
}

export interface ActorWriteRow {
  id: string;
  kind: string;
  label: string;
  name: string;
  subtype: string | null;
  description: string | null;
  aliases: string[];
  evidence: StoredEvidenceProps | null;
}

export interface MetonymWriteRow {
  term: string;
  place: string;
  standsFor: string;
  props: StoredEvidenceProps;
}

/** A dated fact's time properties, or none of them (a role or relation without a time). */
type TimeProps = Partial<StoredTimeProps>;

export interface RoleWriteRow {
  id: string;
  holder: string;
  organisation: string;
  props: { title: string } & StoredEvidenceProps & TimeProps;
}

export interface RelationWriteRow {
  from: string;
  type: string;
  to: string;
  props: StoredEvidenceProps & TimeProps;
}

export interface EventWriteRow {
  id: string;
  props: {
    type: string;
    title: string;
    description: string | null;
    status: string;
    /** STATED when the source narrates it, INFERRED when it implies it (cue, inference say how). */
    modality: string;
    cue: string | null;
    inference: string | null;
  } & StoredTimeProps;
  evidence: StoredEvidenceProps;
  /** One per source of a time claim with its own evidence. */
  timeEvidence: StoredEvidenceProps[];
  place: string | null;
  partOf: string | null;
  sectors: string[];
  participants: Array<{ actor: string; role: string; mentionedAs: string | null }>;
}

export interface EventLinkWriteRow {
  from: string;
  type: string;
  to: string;
  props: StoredEvidenceProps & { modality: string; cue: string; inference: string | null };
}

export interface StatementWriteRow {
  id: string;
  props: { kind: string; text: string; speakerTitle: string | null } & StoredTimeProps;
  speaker: string;
  affiliation: string | null;
  about: string[];
  evidence: StoredEvidenceProps;
  /** One per source of a time claim with its own evidence. */
  timeEvidence: StoredEvidenceProps[];
}

export interface Rows<Row> {
  rows: Row[];
}

export interface ReferenceCheckParams {
  actorIds: string[];
  eventIds: string[];
  actors: Array<{ id: string; kind: string }>;
  declared: { sources: string[]; actors: string[]; events: string[]; statements: string[] };
}

export interface ReferenceCheckRow {
  missingActors: string[];
  missingEvents: string[];
  kindConflicts: Array<{ id: string; stored: string; declared: string }>;
  alreadyStored: string[];
}

export interface RelationshipRef {
  type: string;
  direction: 'INCOMING' | 'OUTGOING';
  otherId: string;
}

export interface RetractRow {
  retracted: { id: string; label: string; retractedAt: DateTime; retractedReason: string } | null;
  found?: boolean | null;
  referencedBy?: RelationshipRef[] | null;
  hidden: RelationshipRef[];
  earlier: Array<{ retractedAt: DateTime; reason: string }>;
}

export const queries = {
  homeDatabase: read<NoParams, { ok: boolean }>('home-database'),
  databaseInfo: read<NoParams, { name: string; version: string; edition: string }>('database-info'),
  migrationsApplied: read<NoParams, { id: string; checksum: string }>('migrations-applied'),
  migrationRecord: write<{ id: string; checksum: string }>('migration-record'),
  indexesNotOnline: read<NoParams, { name: string; state: string; populationPercent: number }>(
    'indexes-not-online',
  ),

  eventsByIds: read<{ ids: string[]; fetch: EventFetch }, { id: string; event: StoredEvent }>(
    'events-by-ids',
  ),
  actorsByIds: read<{ ids: string[] }, { id: string; actor: StoredActor }>('actors-by-ids'),
  actorMentions: read<{ ids: string[] }, { id: string; mentions: StoredMention[] }>('actor-mentions'),
  statementsByIds: read<{ ids: string[] }, { id: string; statement: StoredStatement }>('statements-by-ids'),
  sourcesByIds: read<{ ids: string[] }, { id: string; source: StoredSource }>('sources-by-ids'),
  nodeById: read<{ id: string; fetch: EventFetch }, TaggedNodeRow>('node-by-id'),

  timeline: read<
    Scoped<TimelineFilterParams, TimelineScope>,
    ScopedPageRow<StoredEvent> & { anchor: AnchorBounds | null }
  >('timeline'),
  statements: read<Scoped<StatementFilterParams, StatementScope>, ScopedPageRow<StoredStatement>>(
    'statements',
  ),
  causalChain: read<
    {
      event: string;
      upstream: boolean;
      depth: number;
      types: string[];
      modalities: string[];
      fetch: EventFetch;
    } & SourceParams,
    {
      event: StoredEvent | null;
      links: Array<{
        type: string;
        depth: number;
        cause: StoredEvent;
        effect: StoredEvent;
        evidence: StoredLinkEvidence;
      }>;
    }
  >('causal-chain'),
  search: read<
    {
      query: string;
      kinds: string[];
      cursor: { score: number; id: string } | null;
      limit: number;
      withTotal: boolean;
      fetch: EventFetch;
    } & SourceParams,
    {
      totalCount: number | null;
      page: Array<TaggedNodeRow & { score: number }>;
    }
  >('search'),
  graphShortestPaths: read<PathParams, PathRow & { complete: boolean }>('graph-shortest-paths'),
  graphPaths: read<PathParams, PathRow>('graph-paths'),
  graphNeighbourhood: read<
    NeighbourhoodParams,
    { found: boolean; truncated: boolean; levels: StoredGraphNode[][]; edges: StoredGraphEdge[] }
  >('graph-neighbourhood'),

  ingestCheckReferences: read<ReferenceCheckParams, ReferenceCheckRow>('ingest-check-references'),
  ingestSources: write<Rows<SourceWriteRow>>('ingest-sources'),
  ingestActors: write<Rows<ActorWriteRow>>('ingest-actors'),
  ingestMetonyms: write<Rows<MetonymWriteRow>>('ingest-metonyms'),
  ingestRoles: write<Rows<RoleWriteRow>>('ingest-roles'),
  ingestRelations: write<Rows<RelationWriteRow>>('ingest-relations'),
  ingestEvents: write<Rows<EventWriteRow>>('ingest-events'),
  ingestEventLinks: write<Rows<EventLinkWriteRow>>('ingest-event-links'),
  ingestStatements: write<Rows<StatementWriteRow>>('ingest-statements'),

  upsertContext: read<
    { id: string; sourceIds: string[]; fetch: EventFetch },
    {
      sources: StoredSource[];
      event: StoredEvent | null;
      actor: StoredActor | null;
      statement: StoredStatement | null;
    }
  >('upsert-context'),
  upsertEvent: write<Rows<EventWriteRow> & { fetch: EventFetch }, { id: string; event: StoredEvent }>(
    'upsert-event',
  ),
  upsertActor: write<Rows<ActorWriteRow>, { id: string; actor: StoredActor }>('upsert-actor'),
  upsertStatement: write<Rows<StatementWriteRow>, { id: string; statement: StoredStatement }>(
    'upsert-statement',
  ),
  timeNetwork: read<
    { ids: string[] },
    { events: Array<{ id: string; title: string; timeClaims: string | null }>; links: NetworkEventLink[] }
  >('time-network'),
  timeNetworkWrite: write<Rows<{ id: string; props: StoredBasisProps }>>('time-network-write'),
  timeContradictions: read<NoParams, { contradictions: string[] }>('time-contradictions'),

  retractEvent: write<{ id: string; reason: string }, RetractRow>('retract-event'),
  retractActor: write<{ id: string; reason: string }, RetractRow>('retract-actor'),
  retractStatement: write<{ id: string; reason: string }, RetractRow>('retract-statement'),
} as const;

export type QueryName = keyof typeof queries;
export type { TaggedNodeRow };
