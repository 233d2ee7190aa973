/** Evidence resolved against its source: the sentence's character offsets in the stored text. */
export interface ResolvedEvidence {
  sourceId: string;
  sentence: string | null;
  charStart: number | null;
  charEnd: number | null;
  outsideArticle: boolean;
  note: string | null;
}
