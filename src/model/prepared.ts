import type { FuzzyTime } from '../time';
import type { EventDocument, SourceInput } from './document-schema';

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

type Item<K extends keyof EventDocument> = EventDocument[K] extends Array<infer T> ? T : never;
type WithEvidence<T> = Omit<T, 'evidence'> & { evidence: ResolvedEvidence };

export type PreparedActor = Omit<Item<'actors'>, 'evidence'> & { evidence: ResolvedEvidence | null };
export type PreparedMetonym = WithEvidence<Item<'metonyms'>>;
export type PreparedRole = Omit<WithEvidence<Item<'roles'>>, 'time'> & { time: ResolvedTime | null };
export type PreparedRelation = Omit<WithEvidence<Item<'relations'>>, 'time'> & { time: ResolvedTime | null };
export type PreparedEvent = Omit<WithEvidence<Item<'events'>>, 'time'> & { time: ResolvedTime };
export type PreparedEventLink = WithEvidence<Item<'eventLinks'>>;
export type PreparedStatement = Omit<WithEvidence<Item<'statements'>>, 'said'> & { said: ResolvedTime };

export interface PreparedSource extends SourceInput {
  /** From when the source could be known: its publication, or its capture when undated. */
  availableAt: string | null;
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
  /** Ids referred to but not declared, with where: they must already be in the database. */
  externalActorRefs: Map<string, string[]>;
  externalEventRefs: Map<string, string[]>;
}
