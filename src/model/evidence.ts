import type { SourceKind } from './vocabulary';

/** Evidence resolved against its source: the sentence's character offsets in the stored text. */
export interface ResolvedEvidence {
  sourceId: string;
  /** The kind of the source, which decides whose words a fact stated by several sources shows. */
  sourceKind: SourceKind;
  sentence: string | null;
  charStart: number | null;
  charEnd: number | null;
  outsideArticle: boolean;
  note: string | null;
}

/**
 * How strongly a source's words speak for a fact several sources state: the article's own sentence
 * before an outside reference's note, and both before a teaser's summary of another story. A stored
 * fact shows the evidence of its highest-ranked source (the latest among equals) and lists them all.
 */
export const EVIDENCE_RANKS: Record<SourceKind, number> = { ARTICLE: 2, REFERENCE: 1, TEASER: 0 };
