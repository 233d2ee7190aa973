import { DateTime } from 'luxon';
import { z } from 'zod';
import {
  labelAt,
  propagate,
  STORY_TIME_ZONE,
  type Because,
  type BoundName,
  type Derivation,
  type NetworkLink,
  type StatedBounds,
} from '../time';
import { basisTime, storedBasisProps, type StoredBasisProps } from './stored-time';
import { basisBounds, bestClaim, isArticleClaim, type TimeClaim } from './time-claims';

/** An event as the time network reads it: its claims and its title (for explanations). */
export interface NetworkEvent {
  id: string;
  title: string;
  claims: TimeClaim[];
}

/** A stored link between two events, with the provenance of the sentence that states it. */
export interface NetworkEventLink {
  from: string;
  type: string;
  to: string;
  sourceId: string | null;
  sourceKind: string | null;
  outsideArticle: boolean;
  sentence: string | null;
  note: string | null;
  /** STATED or INFERRED; null on PART_OF (stated with the event). */
  modality: string | null;
}

export type TimeBasis = 'BEST' | 'ARTICLE';

/** How one tightened bound was derived, as the API gives it (`TimeSpan.derivations`). */
export interface StoredDerivation {
  bound: BoundName;
  value: string;
  stated: string | null;
  rule: 'LINK' | 'LASTING' | 'START_BEFORE_END';
  linkType: string | null;
  otherEventId: string | null;
  otherEventTitle: string | null;
  sourceId: string | null;
  sentence: string | null;
  note: string | null;
  explanation: string;
}

/** Two claims or links that cannot all hold (`Query.timeContradictions`, `ingest --check`). */
export interface StoredContradiction {
  eventId: string;
  eventTitle: string;
  basis: TimeBasis;
  point: 'start' | 'end';
  explanation: string;
  links: Array<{ type: string; from: string; to: string; sentence: string | null; note: string | null }>;
}

/**
 * How each link type ties its two events' times: a cause starts no later than its effect, a part lies
 * within the whole, a state ends when the event that ends it begins. The direction is the stored one.
 */
function constraintOf(link: NetworkEventLink): NetworkLink<NetworkEventLink> | null {
  switch (link.type) {
    case 'CAUSED':
    case 'FOLLOWED_BY':
      return { kind: 'precedes', from: link.from, to: link.to, reason: link };
    case 'RETALIATION_FOR':
    case 'RESPONSE_TO':
      return { kind: 'precedes', from: link.to, to: link.from, reason: link };
    case 'PART_OF':
      return { kind: 'within', from: link.from, to: link.to, reason: link };
    case 'ENDED_BY':
      return { kind: 'ends', from: link.to, to: link.from, reason: link };
    default:
      return null;
  }
}

/**
 * The order links are tried in: stated before inferred, then by ids and type. The first link to move a
 * bound is the one its derivation names, so where a stated order and a cause read into it give the same
 * bound, the derivation names what the source says, and the same one at every run.
 */
function byStatedFirst(a: NetworkEventLink, b: NetworkEventLink): number {
  const inferred = (link: NetworkEventLink) => (link.modality === 'INFERRED' ? 1 : 0);
  const key = (link: NetworkEventLink) => `${link.from} ${link.type} ${link.to}`;
  return inferred(a) - inferred(b) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

/** A link the article itself states: its sentence is in an ARTICLE source, in words (not a reading). */
function articleLink(link: NetworkEventLink): boolean {
  return link.sourceKind === 'ARTICLE' && !link.outsideArticle && link.modality !== 'INFERRED';
}

const UNDATED: StatedBounds = {
  earliestStart: Number.NEGATIVE_INFINITY,
  latestStart: Number.POSITIVE_INFINITY,
  earliestEnd: Number.NEGATIVE_INFINITY,
  latestEnd: Number.POSITIVE_INFINITY,
  shortest: null,
  longest: null,
};

const BOUND_PHRASE: Record<BoundName, string> = {
  earliestStart: 'starts no earlier than',
  latestStart: 'starts no later than',
  earliestEnd: 'ends no earlier than',
  latestEnd: 'ends no later than',
};

const VERB: Record<string, string> = {
  CAUSED: 'caused',
  FOLLOWED_BY: 'was followed by',
  RETALIATION_FOR: 'was in retaliation for',
  RESPONSE_TO: 'responded to',
  PART_OF: 'is part of',
  ENDED_BY: 'was ended by',
};

function day(ms: number, zone: string): string {
  return labelAt(DateTime.fromMillis(ms, { zone }), 'day');
}

function explain(
  derivation: Derivation<NetworkEventLink>,
  self: NetworkEvent,
  titles: ReadonlyMap<string, string>,
  zone: string,
): StoredDerivation {
  const value = DateTime.fromMillis(derivation.value, { zone });
  const base = {
    bound: derivation.bound,
    value: value.toISO() ?? '',
    stated: Number.isFinite(derivation.stated)
      ? DateTime.fromMillis(derivation.stated, { zone }).toISO()
      : null,
  };
  const head = `${BOUND_PHRASE[derivation.bound]} ${day(derivation.value, zone)}`;
  const because: Because<NetworkEventLink> = derivation.because;
  if (because.kind !== 'link') {
    return {
      ...base,
      rule: because.kind === 'lasting' ? 'LASTING' : 'START_BEFORE_END',
      linkType: null,
      otherEventId: null,
      otherEventTitle: null,
      sourceId: null,
      sentence: null,
      note: null,
      explanation:
        because.kind === 'lasting'
          ? `${head}: it lasted as long as stated ("${bestClaim(self.claims).time.expression}") from its start`
          : `${head}: it cannot end before it starts`,
    };
  }
  const link = because.link.reason;
  const other = link.from === self.id ? link.to : link.from;
  const otherTitle = titles.get(other) ?? other;
  const relation =
    link.from === self.id
      ? `it ${VERB[link.type] ?? link.type} "${otherTitle}"`
      : `"${otherTitle}" ${VERB[link.type] ?? link.type} it`;
  const words = link.sentence ? `"${link.sentence}"` : link.note ? `(outside: ${link.note})` : '';
  return {
    ...base,
    rule: 'LINK',
    linkType: link.type,
    otherEventId: other,
    otherEventTitle: otherTitle,
    sourceId: link.sourceId,
    sentence: link.sentence,
    note: link.note,
    explanation: `${head}: ${relation}, ${words}`.trim(),
  };
}

/** Everything the network derives for one event: its stored basis properties. */
export interface DerivedTime {
  id: string;
  props: StoredBasisProps;
}

export interface DerivedNetwork {
  events: DerivedTime[];
  contradictions: StoredContradiction[];
}

/**
 * Runs the time network on both bases: BEST on every claim not in conflict and every link, ARTICLE on
 * the article's own claims and the links the article states. Events the article does not date relay the
 * article's order but get no ARTICLE time. A contradiction leaves the stated bounds in place and is said.
 */
export function deriveTimes(events: NetworkEvent[], links: NetworkEventLink[]): DerivedNetwork {
  const titles = new Map(events.map((event) => [event.id, event.title]));
  const run = (basis: TimeBasis) => {
    const things = new Map<string, StatedBounds>();
    for (const event of events) things.set(event.id, basisBounds(event.claims, basis) ?? UNDATED);
    const constraints = [...links]
      .sort(byStatedFirst)
      .filter((link) => basis === 'BEST' || articleLink(link))
      .map(constraintOf)
      .filter((c): c is NetworkLink<NetworkEventLink> => c !== null);
    return propagate(things, constraints);
  };
  const best = run('BEST');
  const article = run('ARTICLE');
  const contradictions: StoredContradiction[] = [];
  for (const [basis, result] of [
    ['BEST', best],
    ['ARTICLE', article],
  ] as const) {
    for (const c of result.contradictions) {
      const links = c.because.flatMap((b) => (b.kind === 'link' ? [b.link.reason] : []));
      contradictions.push({
        eventId: c.thing,
        eventTitle: titles.get(c.thing) ?? c.thing,
        basis,
        point: c.point,
        explanation:
          `"${titles.get(c.thing) ?? c.thing}" would have to ${c.point} no earlier than ` +
          `${day(c.lowest, STORY_TIME_ZONE)} and no later than ${day(c.highest, STORY_TIME_ZONE)}` +
          (links.length > 0 ? `, by ${links.map((l) => `${l.from} ${l.type} ${l.to}`).join(' and ')}` : ''),
        links: links.map((l) => ({
          type: l.type,
          from: l.from,
          to: l.to,
          sentence: l.sentence,
          note: l.note,
        })),
      });
    }
  }
  const conflicted = new Set(contradictions.map((c) => `${c.basis} ${c.eventId}`));
  const derived = events.map((event) => {
    const claim = bestClaim(event.claims);
    const zone = STORY_TIME_ZONE;
    const articleClaim = event.claims.find(isArticleClaim);
    const basisOf = (basis: TimeBasis, result: typeof best, own: TimeClaim | undefined) => {
      const stated = basisBounds(event.claims, basis);
      if (!own || !stated) return null;
      // On a contradiction the network's bounds cannot all hold: keep what the claims state.
      const bounds = conflicted.has(`${basis} ${event.id}`)
        ? stated
        : (result.bounds.get(event.id) ?? stated);
      const derivations = conflicted.has(`${basis} ${event.id}`)
        ? []
        : (result.derivations.get(event.id) ?? []).map((d) => explain(d, event, titles, zone));
      return basisTime(
        own.time,
        bounds,
        result.depth.get(event.id) ?? 0,
        [...(result.predecessors.get(event.id) ?? [])].sort(),
        JSON.stringify(derivations),
      );
    };
    const mine = contradictions.filter((c) => c.eventId === event.id);
    return {
      id: event.id,
      props: storedBasisProps(
        basisOf('BEST', best, claim),
        basisOf('ARTICLE', article, articleClaim),
        JSON.stringify(mine),
      ),
    };
  });
  return { events: derived, contradictions };
}

const storedDerivationsSchema = z.array(
  z.object({
    bound: z.enum(['earliestStart', 'latestStart', 'earliestEnd', 'latestEnd']),
    value: z.string(),
    stated: z.string().nullable(),
    rule: z.enum(['LINK', 'LASTING', 'START_BEFORE_END']),
    linkType: z.string().nullable(),
    otherEventId: z.string().nullable(),
    otherEventTitle: z.string().nullable(),
    sourceId: z.string().nullable(),
    sentence: z.string().nullable(),
    note: z.string().nullable(),
    explanation: z.string(),
  }),
);

const storedContradictionsSchema = z.array(
  z.object({
    eventId: z.string(),
    eventTitle: z.string(),
    basis: z.enum(['BEST', 'ARTICLE']),
    point: z.enum(['start', 'end']),
    explanation: z.string(),
    links: z.array(
      z.object({
        type: z.string(),
        from: z.string(),
        to: z.string(),
        sentence: z.string().nullable(),
        note: z.string().nullable(),
      }),
    ),
  }),
);

function parseStored<T>(schema: z.ZodType<T>, text: string | null | undefined, what: string): T | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`stored ${what} are not JSON`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(`stored ${what} are malformed: ${parsed.error.message}`);
  return parsed.data;
}

/** Stored derivations read back; none when absent. */
export function storedDerivations(text: string | null | undefined): StoredDerivation[] {
  return parseStored(storedDerivationsSchema, text, 'time derivations') ?? [];
}

/** Stored contradictions read back; none when absent. */
export function storedContradictions(text: string | null | undefined): StoredContradiction[] {
  return parseStored(storedContradictionsSchema, text, 'time contradictions') ?? [];
}
