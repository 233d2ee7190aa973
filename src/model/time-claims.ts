import { DateTime } from 'luxon';
import { z } from 'zod';
import { inStoryZone, PRECISIONS, type FuzzyTime } from '../time';
import type { ResolvedEvidence } from './evidence';
import { keysOf, SOURCE_KINDS } from './vocabulary';

/**
 * One source's word on when something happened: its words and their resolution, where they are (a
 * sentence, or an outside reference), and whether the article itself says it. A dated thing holds every
 * claim made about it; none replaces another.
 */
export interface TimeClaim {
  time: FuzzyTime;
  evidence: ResolvedEvidence;
  /** The kind of the claim's source: ARTICLE, TEASER or REFERENCE. */
  sourceKind: string;
  /** The words are in the claim's sentence; false for an outside note or an undated-policy form. */
  stated: boolean;
  /** The most precise claim consistent with all the others. */
  best: boolean;
  /** Why the claim cannot hold together with another (kept, flagged, and left out of the best estimate). */
  conflict: string | null;
}

/** An article's own claim: stated in (or inferred by policy from) an ARTICLE source, not from outside. */
export function isArticleClaim(claim: Pick<TimeClaim, 'sourceKind' | 'evidence'>): boolean {
  return claim.sourceKind === 'ARTICLE' && !claim.evidence.outsideArticle;
}

/** The four bounds of a time, in milliseconds; an open end is +Infinity. */
export interface MillisBounds {
  earliestStart: number;
  latestStart: number;
  earliestEnd: number;
  latestEnd: number;
}

export function millisBounds(t: FuzzyTime): MillisBounds {
  return {
    earliestStart: t.earliestStart.toMillis(),
    latestStart: t.latestStart.toMillis(),
    earliestEnd: (t.earliestEnd ?? t.earliestStart).toMillis(),
    latestEnd: t.latestEnd?.toMillis() ?? Number.POSITIVE_INFINITY,
  };
}

/** Whether two times can both be true: their start bounds meet and their end bounds meet. */
export function compatible(a: FuzzyTime, b: FuzzyTime): boolean {
  const x = millisBounds(a);
  const y = millisBounds(b);
  const meet = (lo1: number, hi1: number, lo2: number, hi2: number) => lo1 <= hi2 && lo2 <= hi1;
  return (
    meet(x.earliestStart, x.latestStart, y.earliestStart, y.latestStart) &&
    meet(x.earliestEnd, x.latestEnd, y.earliestEnd, y.latestEnd)
  );
}

/**
 * Whether `a` says more than `b`: a closed time before an open one, then the narrower bounds (start
 * and end widths together; for two open-ended states, the start's).
 */
function morePrecise(a: FuzzyTime, b: FuzzyTime): boolean {
  const x = millisBounds(a);
  const y = millisBounds(b);
  const openA = !Number.isFinite(x.latestEnd);
  const openB = !Number.isFinite(y.latestEnd);
  if (openA !== openB) return openB;
  const width = (m: MillisBounds, open: boolean) =>
    m.latestStart - m.earliestStart + (open ? 0 : m.latestEnd - m.earliestEnd);
  return width(x, openA) < width(y, openB);
}

type Unranked = Omit<TimeClaim, 'best' | 'conflict'>;

/**
 * Ranks the claims about one thing. The article's claims are the baseline: another source's claim that
 * cannot hold with one of them is flagged, not dropped, and left out. The best estimate is the most
 * precise claim left (the first on a tie, so the fact's own claim wins).
 */
export function rankClaims(claims: Unranked[]): TimeClaim[] {
  const article = claims.filter(isArticleClaim);
  const ranked: TimeClaim[] = claims.map((claim) => {
    const against = isArticleClaim(claim)
      ? article.find((other) => other !== claim && !compatible(claim.time, other.time))
      : article.find((other) => !compatible(claim.time, other.time));
    return {
      ...claim,
      best: false,
      conflict: against
        ? `cannot hold with "${against.time.expression}" (${against.time.label}) from ${against.evidence.sourceId}`
        : null,
    };
  });
  const candidates = ranked.filter((claim) => claim.conflict === null || isArticleClaim(claim));
  const pool = candidates.length > 0 ? candidates : ranked;
  const best = pool.reduce((a, b) => (morePrecise(b.time, a.time) ? b : a));
  best.best = true;
  return ranked;
}

export function bestClaim(claims: TimeClaim[]): TimeClaim {
  const best = claims.find((claim) => claim.best) ?? claims[0];
  if (!best) throw new Error('a dated thing needs at least one time claim');
  return best;
}

/** What one basis stands on before links tighten it: every claim it admits, intersected. */
export interface BasisBounds extends MillisBounds {
  /** The stated length, when a claim gives one: [shortest, longest] in ms. */
  shortest: number | null;
  longest: number | null;
}

/**
 * The bounds a basis admits: BEST takes every claim not in conflict, ARTICLE only the article's own. Null
 * when the basis has no claim (the article does not date it).
 */
export function basisBounds(claims: TimeClaim[], basis: 'BEST' | 'ARTICLE'): BasisBounds | null {
  const admitted = claims.filter((claim) =>
    basis === 'ARTICLE' ? isArticleClaim(claim) : claim.conflict === null || claim.best,
  );
  if (admitted.length === 0) return null;
  const bounds = admitted.map((claim) => millisBounds(claim.time));
  const lastings = admitted.flatMap((claim) => (claim.time.lasting ? [claim.time.lasting] : []));
  return {
    earliestStart: Math.max(...bounds.map((b) => b.earliestStart)),
    latestStart: Math.min(...bounds.map((b) => b.latestStart)),
    earliestEnd: Math.max(...bounds.map((b) => b.earliestEnd)),
    latestEnd: Math.min(...bounds.map((b) => b.latestEnd)),
    shortest: lastings.length > 0 ? Math.max(...lastings.map((l) => l.shortest)) : null,
    longest: lastings.length > 0 ? Math.min(...lastings.map((l) => l.longest)) : null,
  };
}

// Stored form: claims are read whole and never searched, so they are kept as one JSON property beside
// the flat temporal bounds that queries filter on (docs/model.md).
const iso = z.string().nullable();
const storedClaimSchema = z.object({
  expression: z.string(),
  edtf: z.string(),
  label: z.string(),
  precision: z.enum(PRECISIONS),
  approximate: z.boolean(),
  lasting: z.object({ shortest: z.number(), longest: z.number() }).nullable(),
  start: z.string(),
  end: iso,
  earliestStart: z.string(),
  latestStart: z.string(),
  earliestEnd: iso,
  latestEnd: iso,
  sourceId: z.string(),
  sourceKind: z.enum(keysOf(SOURCE_KINDS)),
  sentence: z.string().nullable(),
  charStart: z.number().nullable(),
  charEnd: z.number().nullable(),
  outsideArticle: z.boolean(),
  note: z.string().nullable(),
  stated: z.boolean(),
  best: z.boolean(),
  conflict: z.string().nullable(),
});
const storedClaimsSchema = z.array(storedClaimSchema);

const toIso = (dt: DateTime | null) => (dt ? dt.toISO() : null);
// Read in the story's zone (not the fixed offset written): a day keeps its calendar across daylight saving.
const fromIso = (text: string) => inStoryZone(DateTime.fromISO(text, { setZone: true }));

export function claimsToJson(claims: TimeClaim[]): string {
  return JSON.stringify(
    claims.map((claim) => ({
      expression: claim.time.expression,
      edtf: claim.time.edtf,
      label: claim.time.label,
      precision: claim.time.precision,
      approximate: claim.time.approximate,
      lasting: claim.time.lasting,
      start: toIso(claim.time.start),
      end: toIso(claim.time.end),
      earliestStart: toIso(claim.time.earliestStart),
      latestStart: toIso(claim.time.latestStart),
      earliestEnd: toIso(claim.time.earliestEnd),
      latestEnd: toIso(claim.time.latestEnd),
      sourceId: claim.evidence.sourceId,
      sourceKind: claim.sourceKind,
      sentence: claim.evidence.sentence,
      charStart: claim.evidence.charStart,
      charEnd: claim.evidence.charEnd,
      outsideArticle: claim.evidence.outsideArticle,
      note: claim.evidence.note,
      stated: claim.stated,
      best: claim.best,
      conflict: claim.conflict,
    })),
  );
}

/** Stored claims read back; anything malformed is a stored-data fault, said as such. */
export function claimsFromJson(text: string, owner: string): TimeClaim[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`${owner} has stored time claims that are not JSON`);
  }
  const parsed = storedClaimsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${owner} has malformed stored time claims: ${parsed.error.message}`);
  return parsed.data.map((c) => ({
    time: {
      expression: c.expression,
      edtf: c.edtf,
      label: c.label,
      precision: c.precision,
      approximate: c.approximate,
      lasting: c.lasting,
      start: fromIso(c.start),
      end: c.end ? fromIso(c.end) : null,
      earliestStart: fromIso(c.earliestStart),
      latestStart: fromIso(c.latestStart),
      earliestEnd: c.earliestEnd ? fromIso(c.earliestEnd) : null,
      latestEnd: c.latestEnd ? fromIso(c.latestEnd) : null,
    },
    evidence: {
      sourceId: c.sourceId,
      sourceKind: c.sourceKind,
      sentence: c.sentence,
      charStart: c.charStart,
      charEnd: c.charEnd,
      outsideArticle: c.outsideArticle,
      note: c.note,
    },
    sourceKind: c.sourceKind,
    stated: c.stated,
    best: c.best,
    conflict: c.conflict,
  }));
}
