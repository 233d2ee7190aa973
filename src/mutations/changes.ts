import { storedTimeWords } from '../model/stored-time';
import type { FactKind } from './fact-document';

type EntityMap = Record<string, unknown>;

export type ChangeKind = 'CREATED' | 'UPDATED' | 'UNCHANGED';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * What an upsert changed, field by field, from the stored entity before and after (the maps the read
 * queries give). Values are compared as analysts see them: ids for related actors and events, the
 * source's words and resolution for times, sentences and offsets for evidence; lists in a stable order.
 */
export function describeChange(
  kind: FactKind,
  before: object | null,
  after: object,
): { change: ChangeKind; changes: FieldChange[] } {
  const project = PROJECTIONS[kind];
  const old = before ? project({ ...before }) : null;
  const now = project({ ...after });
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(now)) {
    const previous = old ? old[field] : null;
    if (!old && isEmpty(value)) continue;
    if (JSON.stringify(previous) !== JSON.stringify(value))
      changes.push({ field, before: previous, after: value });
  }
  return { change: !old ? 'CREATED' : changes.length > 0 ? 'UPDATED' : 'UNCHANGED', changes };
}

const PROJECTIONS: Record<FactKind, (map: EntityMap) => Record<string, unknown>> = {
  event: (e) => ({
    type: e.type,
    title: e.title,
    description: e.description ?? null,
    status: e.status,
    time: timeOf(e),
    place: idOf(e.place),
    participants: sorted(
      list(e.participants).map((p) => ({
        actor: idOf(p.actor),
        role: p.role,
        mentionedAs: p.mentionedAs ?? null,
      })),
    ),
    sectors: sorted(list(e.sectors).map(idOf)),
    partOf: idOf(e.partOf),
    evidence: evidenceOf(e.evidence),
  }),
  actor: (a) => ({
    kind: a.kind,
    name: a.name,
    subtype: a.subtype ?? null,
    description: a.description ?? null,
    aliases: a.aliases ?? [],
    mentions: evidenceOf(a.mentions),
  }),
  statement: (st) => ({
    kind: st.kind,
    text: st.text,
    speaker: idOf(st.speaker),
    speakerTitle: st.speakerTitle ?? null,
    spokeFor: idOf(st.spokeFor),
    about: sorted(list(st.about).map(idOf)),
    time: timeOf(st),
    evidence: evidenceOf(st.evidence),
  }),
};

function timeOf(props: EntityMap) {
  return storedTimeWords(props);
}

function evidenceOf(value: unknown) {
  return sorted(
    list(value).map((r) => ({
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

function isMap(value: unknown): value is EntityMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(value: unknown): string | null {
  return isMap(value) && typeof value.id === 'string' ? value.id : null;
}

function list(value: unknown): EntityMap[] {
  return Array.isArray(value) ? value.filter(isMap) : [];
}

function sorted<T>(items: T[]): T[] {
  return [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

function isEmpty(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}
