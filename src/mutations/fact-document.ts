import { DateTime } from 'luxon';
import type { SourceInput, TimeSpec } from '../model/document-schema';
import type { PreparedDocument } from '../model/prepared';
import type { Problem } from '../model/problems';
import type { StoredSource } from '../model/stored';
import { prepareDocument } from '../model/validate';

/**
 * A single fact from a mutation, checked by the document rules: it becomes a one-fact document whose own
 * source is the stored source its evidence names, so sentences are found in the stored text and relative
 * times resolve against that source's reference time, exactly as for a document of that source.
 */

export type FactKind = 'event' | 'actor' | 'statement';

export interface EvidenceInput {
  source: string;
  sentence?: string | null;
  note?: string | null;
}

export interface TimeAnchorInput {
  expression: string;
  tense?: string | null;
}

export interface TimeInput extends TimeAnchorInput {
  anchor?: TimeAnchorInput | null;
  ongoing?: boolean | null;
  evidence?: EvidenceInput | null;
}

export interface EventInput {
  id: string;
  type: string;
  title: string;
  description?: string | null;
  status: string;
  time: TimeInput;
  place?: string | null;
  participants: Array<{ actor: string; role: string; mentionedAs?: string | null }>;
  sectors?: string[] | null;
  partOf?: string | null;
  evidence: EvidenceInput;
}

export interface ActorInput {
  id: string;
  kind: string;
  subtype?: string | null;
  name: string;
  aliases?: string[] | null;
  description?: string | null;
  evidence: EvidenceInput;
}

export interface StatementInput {
  id: string;
  kind: string;
  text: string;
  speaker: string;
  speakerTitle?: string | null;
  speakerAffiliation?: string | null;
  said: TimeInput;
  about?: string[] | null;
  evidence: EvidenceInput;
}

export type FactInput = EventInput | ActorInput | StatementInput;

/** A source as the database holds it (`s {.*}`, values converted). */
export type { StoredSource } from '../model/stored';

const COLLECTION: Record<FactKind, 'events' | 'actors' | 'statements'> = {
  event: 'events',
  actor: 'actors',
  statement: 'statements',
};
const TIME_FIELD: Record<FactKind, string | null> = { event: 'time', actor: null, statement: 'said' };

/** The stored source ids an input's evidence names, for the fact and for its time. */
export function evidenceSourceIds(kind: FactKind, input: FactInput): string[] {
  const ids = [input.evidence.source];
  const timeSource = timeOf(kind, input)?.evidence?.source;
  if (timeSource) ids.push(timeSource);
  return [...new Set(ids)];
}

export type FactOutcome =
  { prepared: PreparedDocument; problems: [] } | { prepared: null; problems: Problem[] };

/**
 * Checks one fact as a document would be checked and resolves it. Problems are located by their path in
 * the mutation's arguments (`input.evidence.sentence`); an unknown source is an UNKNOWN_ID problem.
 */
export function prepareFact(
  kind: FactKind,
  input: FactInput,
  sources: ReadonlyMap<string, StoredSource>,
): FactOutcome {
  const timeField = TIME_FIELD[kind];
  const time = timeOf(kind, input);
  const problems: Problem[] = [];
  const knownSource = (id: string, path: string) => {
    if (sources.has(id)) return true;
    problems.push({ path, message: `unknown source id '${id}'`, code: 'UNKNOWN_ID' });
    return false;
  };
  knownSource(input.evidence.source, 'input.evidence.source');
  if (time?.evidence) knownSource(time.evidence.source, `input.${timeField}.evidence.source`);
  const evidence = documentEvidence(input.evidence, 'input.evidence', problems);
  const timeEvidence = time?.evidence
    ? documentEvidence(time.evidence, `input.${timeField}.evidence`, problems)
    : undefined;
  if (problems.length > 0) return { prepared: null, problems };

  const ownSource = input.evidence.source;
  const timeSourceId = time?.evidence?.source;
  const externalSources =
    timeSourceId && timeSourceId !== ownSource ? [sourceInput(sources.get(timeSourceId)!)] : [];
  const fact = factRecord(kind, input, evidence, time && timeSpec(time, timeEvidence));
  const raw = {
    format: 'eventgraph/1',
    source: sourceInput(sources.get(ownSource)!),
    externalSources,
    [COLLECTION[kind]]: [fact],
  };
  const result = prepareDocument(raw, `${kind} ${input.id}`, { sourceStored: true });
  if (result.prepared) return result;
  const toInput = inputPath(kind);
  return {
    prepared: null,
    problems: result.problems.map((problem) => ({ ...problem, path: toInput(problem.path) })),
  };
}

/** Maps a path in the one-fact document to the path in the mutation's arguments. */
export function inputPath(kind: FactKind): (documentPath: string) => string {
  const fact = `${COLLECTION[kind]}[0]`;
  const timeSource = `input.${TIME_FIELD[kind] ?? 'time'}.evidence.source`;
  return (path) => {
    if (path === fact) return 'input';
    if (path.startsWith(`${fact}.`)) return `input.${path.slice(fact.length + 1)}`;
    if (path === 'source' || path.startsWith('source.')) return 'input.evidence.source';
    if (path.startsWith('externalSources')) return timeSource;
    return path ? `input (${path})` : 'input';
  };
}

function timeOf(kind: FactKind, input: FactInput): TimeInput | undefined {
  if (kind === 'event') return (input as EventInput).time;
  if (kind === 'statement') return (input as StatementInput).said;
  return undefined;
}

/** Exactly one of sentence (a quote from the stored text) or note (an outside reference). */
function documentEvidence(evidence: EvidenceInput, path: string, problems: Problem[]) {
  const hasSentence = evidence.sentence != null;
  const hasNote = evidence.note != null;
  if (hasSentence === hasNote) {
    problems.push({
      path,
      message: hasSentence
        ? 'give either sentence (the exact words of the source) or note (an outside reference), not both'
        : 'give sentence (the exact words of the source) or, for a REFERENCE source, note',
    });
    return undefined;
  }
  return hasSentence
    ? { sentence: evidence.sentence!, source: evidence.source }
    : { outsideArticle: true as const, source: evidence.source, note: evidence.note! };
}

function timeSpec(time: TimeInput, evidence: ReturnType<typeof documentEvidence>): TimeSpec {
  return withoutNulls({
    expression: time.expression,
    tense: time.tense?.toLowerCase(),
    anchor: time.anchor
      ? withoutNulls({ expression: time.anchor.expression, tense: time.anchor.tense?.toLowerCase() })
      : undefined,
    ongoing: time.ongoing ?? undefined,
    evidence,
  }) as TimeSpec;
}

function factRecord(
  kind: FactKind,
  input: FactInput,
  evidence: ReturnType<typeof documentEvidence>,
  time: TimeSpec | undefined,
): Record<string, unknown> {
  if (kind === 'event') {
    const event = input as EventInput;
    return withoutNulls({
      ...event,
      participants: event.participants.map(withoutNulls),
      sectors: event.sectors ?? [],
      time,
      evidence,
    });
  }
  if (kind === 'statement') {
    const statement = input as StatementInput;
    return withoutNulls({ ...statement, about: statement.about ?? [], said: time, evidence });
  }
  const actor = input as ActorInput;
  return withoutNulls({ ...actor, aliases: actor.aliases ?? [], evidence });
}

/** A stored source as the document format declares one, so the document rules apply to it unchanged. */
export function sourceInput(stored: StoredSource): SourceInput {
  const iso = (value: unknown) => (DateTime.isDateTime(value) ? (value.toISO() ?? undefined) : undefined);
  return withoutNulls({
    id: stored.id,
    kind: stored.kind,
    title: stored.title,
    publisher: stored.publisher,
    byline: stored.byline,
    url: stored.url,
    publishedAt: iso(stored.publishedAt),
    capturedAt: stored.capturedAt,
    referenceTime: iso(stored.referenceTime),
    timeZone: stored.timeZone,
    text: stored.text,
    note: stored.note,
  }) as unknown as SourceInput;
}

/** GraphQL gives null for left-out optional fields; the document format leaves them out. */
function withoutNulls<T extends object>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== null && value !== undefined),
  ) as T;
}
