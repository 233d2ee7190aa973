import type { Problem } from '../model/problems';

/**
 * The GraphQL inputs of the upserts (schema/mutations.graphql), and the small functions that shape one
 * like the document's fact: nulls left out, tenses in the document's case, evidence as a sentence or an
 * outside reference. Fields keep their names, so a problem's path in the shaped fact is its path in the
 * input; the shaped fact is then checked by the document's per-fact schema and the FactChecker.
 */

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

/** A shaped fact (still to be checked by its schema), or the problems that kept it from taking shape. */
export interface Shaped {
  fact: Record<string, unknown>;
  problems: Problem[];
}

export function shapeEvent(input: EventInput, path: string): Shaped {
  const problems: Problem[] = [];
  const fact = defined({
    id: input.id,
    type: input.type,
    title: input.title,
    description: input.description,
    status: input.status,
    time: shapeTime(input.time, `${path}.time`, problems),
    place: input.place,
    participants: input.participants.map((p) =>
      defined({ actor: p.actor, role: p.role, mentionedAs: p.mentionedAs }),
    ),
    sectors: input.sectors ?? [],
    partOf: input.partOf,
    evidence: shapeEvidence(input.evidence, `${path}.evidence`, problems),
  });
  return { fact, problems };
}

export function shapeActor(input: ActorInput, path: string): Shaped {
  const problems: Problem[] = [];
  const fact = defined({
    id: input.id,
    kind: input.kind,
    subtype: input.subtype,
    name: input.name,
    aliases: input.aliases ?? [],
    description: input.description,
    evidence: shapeEvidence(input.evidence, `${path}.evidence`, problems),
  });
  return { fact, problems };
}

export function shapeStatement(input: StatementInput, path: string): Shaped {
  const problems: Problem[] = [];
  const fact = defined({
    id: input.id,
    kind: input.kind,
    text: input.text,
    speaker: input.speaker,
    speakerTitle: input.speakerTitle,
    speakerAffiliation: input.speakerAffiliation,
    said: shapeTime(input.said, `${path}.said`, problems),
    about: input.about ?? [],
    evidence: shapeEvidence(input.evidence, `${path}.evidence`, problems),
  });
  return { fact, problems };
}

/** Exactly one of sentence (a quote from the stored text) or note (an outside reference). */
function shapeEvidence(evidence: EvidenceInput, path: string, problems: Problem[]) {
  const { sentence, note, source } = evidence;
  if (sentence != null && note == null) return { sentence, source };
  if (note != null && sentence == null) return { outsideArticle: true, source, note };
  problems.push({
    path,
    message:
      sentence != null
        ? 'give either sentence (the exact words of the source) or note (an outside reference), not both'
        : 'give sentence (the exact words of the source) or, for a REFERENCE source, note',
  });
  return undefined;
}

function shapeTime(time: TimeInput, path: string, problems: Problem[]) {
  return defined({
    expression: time.expression,
    tense: time.tense?.toLowerCase(),
    anchor: time.anchor
      ? defined({ expression: time.anchor.expression, tense: time.anchor.tense?.toLowerCase() })
      : undefined,
    ongoing: time.ongoing,
    evidence: time.evidence ? shapeEvidence(time.evidence, `${path}.evidence`, problems) : undefined,
  });
}

/** GraphQL gives null for left-out optional fields; the document format leaves them out. */
function defined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== null && value !== undefined),
  );
}
