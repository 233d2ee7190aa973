import type { StoredActor, StoredEvent, StoredEvidence, StoredStatement } from '../model/stored';
import { storedTimeWords } from '../model/stored-time';

export type ChangeKind = 'CREATED' | 'UPDATED' | 'UNCHANGED';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** A stored fact's fields as analysts compare them. */
export type ChangeFields<Entity> = (entity: Entity) => Record<string, unknown>;

/**
 * What an upsert changed, field by field, from the stored entity before and after (the maps the read
 * queries give), projected by `fields`: ids for related actors and events, the source's words and
 * resolution for times, sentences and offsets for evidence; lists in a stable order.
 */
export function describeChange<Entity>(
  fields: ChangeFields<Entity>,
  before: Entity | null,
  after: Entity,
): { change: ChangeKind; changes: FieldChange[] } {
  const old = before ? fields(before) : null;
  const now = fields(after);
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(now)) {
    const previous = old ? old[field] : null;
    if (!old && isEmpty(value)) continue;
    if (JSON.stringify(previous) !== JSON.stringify(value))
      changes.push({ field, before: previous, after: value });
  }
  return { change: !old ? 'CREATED' : changes.length > 0 ? 'UPDATED' : 'UNCHANGED', changes };
}

export const eventFields: ChangeFields<StoredEvent> = (e) => ({
  type: e.type,
  title: e.title,
  description: e.description ?? null,
  status: e.status,
  time: storedTimeWords(e),
  place: oneOrAll((e.places ?? []).map((place) => place.id)),
  participants: sorted(
    (e.participants ?? []).map((p) => ({
      actor: p.actor.id,
      role: p.role,
      mentionedAs: p.mentionedAs ?? null,
    })),
  ),
  sectors: sorted((e.sectors ?? []).map((sector) => sector.id)),
  partOf: oneOrAll((e.partOfEvents ?? []).map((whole) => whole.id)),
  evidence: evidenceOf(e.evidence),
});

export const actorFields: ChangeFields<StoredActor> = (a) => ({
  kind: a.kind,
  name: a.name,
  subtype: a.subtype ?? null,
  description: a.description ?? null,
  aliases: a.aliases ?? [],
  mentions: evidenceOf(a.mentions),
});

export const statementFields: ChangeFields<StoredStatement> = (st) => ({
  kind: st.kind,
  text: st.text,
  speaker: st.speaker?.id ?? null,
  speakerTitle: st.speakerTitle ?? null,
  spokeFor: st.spokeFor?.id ?? null,
  about: sorted((st.about ?? []).map((subject) => subject.id)),
  time: storedTimeWords(st),
  evidence: evidenceOf(st.evidence),
});

function evidenceOf(evidence: StoredEvidence[] | undefined) {
  return sorted(
    (evidence ?? []).map((r) => ({
      aspect: r.aspect ?? null,
      sourceId: r.sourceId ?? null,
      sentence: r.sentence ?? null,
      charStart: r.charStart ?? null,
      charEnd: r.charEnd ?? null,
      outsideArticle: r.outsideArticle ?? false,
      note: r.note ?? null,
    })),
  );
}

/** What is one of its kind as itself (or null), and every one when sources disagree. */
function oneOrAll(ids: string[]): string | string[] | null {
  return ids.length <= 1 ? (ids[0] ?? null) : sorted(ids);
}

function sorted<T>(items: T[]): T[] {
  return [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function isEmpty(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}
