import type { FuzzyTime } from '../time';
import type {
  ActorFact,
  EventFact,
  EventLinkFact,
  MetonymFact,
  RelationFact,
  RoleFact,
  SourceInput,
  StatementFact,
} from './document-schema';
import type { ActorKind } from './vocabulary';

/** Evidence resolved against its source: the sentence's character offsets in the stored text. */
export interface ResolvedEvidence {
  sourceId: string;
  sentence: string | null;
  charStart: number | null;
  charEnd: number | null;
  outsideArticle: boolean;
  note: string | null;
}

export interface ResolvedTime {
  value: FuzzyTime;
  /** Where the time comes from when not from the fact's own evidence (an exact date from outside). */
  evidence: ResolvedEvidence | null;
}

type WithEvidence<T> = Omit<T, 'evidence'> & { evidence: ResolvedEvidence };

export type PreparedActor = Omit<ActorFact, 'evidence'> & { evidence: ResolvedEvidence | null };
export type PreparedMetonym = WithEvidence<MetonymFact>;
export type PreparedRole = Omit<WithEvidence<RoleFact>, 'time'> & { time: ResolvedTime | null };
export type PreparedRelation = Omit<WithEvidence<RelationFact>, 'time'> & { time: ResolvedTime | null };
export type PreparedEvent = Omit<WithEvidence<EventFact>, 'time'> & { time: ResolvedTime };
export type PreparedEventLink = WithEvidence<EventLinkFact>;
export type PreparedStatement = Omit<WithEvidence<StatementFact>, 'said'> & { said: ResolvedTime };

export interface PreparedSource extends SourceInput {
  /** From when the source could be known: its publication, or its capture when undated. */
  availableAt: string | null;
}

/**
 * Ids referred to but not declared alongside, each with every path that refers to it: they must already
 * be in the database (checked inside the write transaction).
 */
export interface ReferenceNeeds {
  actors: Map<string, string[]>;
  events: Map<string, string[]>;
}

/** The node ids a write declares, by kind; actors with their kind and where they are declared. */
export interface Declarations {
  sources: string[];
  actors: Array<{ id: string; kind: ActorKind; path: string }>;
  events: string[];
  statements: string[];
}

/** A validated document with every time resolved and every sentence located: ready to write. */
export interface PreparedDocument {
  file: string;
  sources: PreparedSource[];
  actors: PreparedActor[];
  metonyms: PreparedMetonym[];
  roles: PreparedRole[];
  relations: PreparedRelation[];
  events: PreparedEvent[];
  eventLinks: PreparedEventLink[];
  statements: PreparedStatement[];
  declared: Declarations;
  references: ReferenceNeeds;
}
