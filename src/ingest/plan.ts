import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { toNeo4jDateTime } from '../db/convert';
import type { Row } from '../db/runner';
import type { PreparedDocument, ResolvedEvidence, ResolvedTime } from '../model/prepared';
import type { ActorKind } from '../model/vocabulary';

/** One named write query and the rows it UNWINDs. */
export interface WriteStep {
  query: string;
  rows: Row[];
}

/** Neo4j labels per actor kind; only these identifiers are ever used as labels. */
export const ACTOR_LABELS: Record<ActorKind, string> = {
  PERSON: 'Person',
  COUNTRY: 'Country',
  GOVERNMENT: 'Government',
  ORGANISATION: 'Organisation',
  PLACE: 'Place',
  SECTOR: 'Sector',
};

/**
 * Turns a prepared document into the ordered write steps of its ingest: nodes first, then the
 * relationships between them. Every value is already a Neo4j value (DateTime bounds, plain strings).
 */
export function planWrites(doc: PreparedDocument): WriteStep[] {
  return [
    { query: 'ingest-sources', rows: doc.sources.map(sourceRow) },
    {
      query: 'ingest-actors',
      rows: doc.actors.map((actor) => ({
        id: actor.id,
        kind: actor.kind,
        label: ACTOR_LABELS[actor.kind],
        name: actor.name,
        subtype: actor.subtype ?? null,
        description: actor.description ?? null,
        aliases: actor.aliases,
        evidence: actor.evidence ? evidenceProps(actor.evidence) : null,
      })),
    },
    {
      query: 'ingest-metonyms',
      rows: doc.metonyms.map((m) => ({
        term: m.term,
        place: m.place,
        standsFor: m.standsFor,
        props: evidenceProps(m.evidence),
      })),
    },
    {
      query: 'ingest-roles',
      rows: doc.roles.map((role) => ({
        id: role.id,
        holder: role.holder,
        organisation: role.organisation,
        props: { title: role.title, ...evidenceProps(role.evidence), ...timeProps(role.time) },
      })),
    },
    {
      query: 'ingest-relations',
      rows: doc.relations.map((relation) => ({
        from: relation.from,
        type: relation.type,
        to: relation.to,
        props: { ...evidenceProps(relation.evidence), ...timeProps(relation.time) },
      })),
    },
    {
      query: 'ingest-events',
      rows: doc.events.map((event) => ({
        id: event.id,
        props: {
          type: event.type,
          title: event.title,
          description: event.description ?? null,
          status: event.status,
          ...timeProps(event.time),
        },
        evidence: evidenceProps(event.evidence),
        timeEvidence: event.time.evidence ? evidenceProps(event.time.evidence) : null,
        place: event.place ?? null,
        partOf: event.partOf ?? null,
        sectors: event.sectors,
        participants: event.participants.map((p) => ({
          actor: p.actor,
          role: p.role,
          mentionedAs: p.mentionedAs ?? null,
        })),
      })),
    },
    {
      query: 'ingest-event-links',
      rows: doc.eventLinks.map((link) => ({
        from: link.from,
        type: link.type,
        to: link.to,
        props: evidenceProps(link.evidence),
      })),
    },
    {
      query: 'ingest-statements',
      rows: doc.statements.map((statement) => ({
        id: statement.id,
        props: {
          kind: statement.kind,
          text: statement.text,
          speakerTitle: statement.speakerTitle ?? null,
          ...timeProps(statement.said),
        },
        speaker: statement.speaker,
        affiliation: statement.speakerAffiliation ?? null,
        about: statement.about,
        evidence: evidenceProps(statement.evidence),
        timeEvidence: statement.said.evidence ? evidenceProps(statement.said.evidence) : null,
      })),
    },
  ].filter((step) => step.rows.length > 0);
}

function sourceRow(source: PreparedDocument['sources'][number]): Row {
  const dateTime = (iso: string | null | undefined) =>
    iso ? toNeo4jDateTime(DateTime.fromISO(iso, { setZone: true })) : null;
  return {
    id: source.id,
    props: {
      kind: source.kind,
      title: source.title,
      publisher: source.publisher ?? null,
      byline: source.byline ?? null,
      url: source.url ?? null,
      publishedAt: dateTime(source.publishedAt),
      capturedAt: source.capturedAt ?? null,
      availableAt: dateTime(source.availableAt),
      referenceTime: dateTime(source.referenceTime),
      timeZone: source.timeZone,
      text: source.text ?? null,
      textSha256: source.text ? createHash('sha256').update(source.text).digest('hex') : null,
      note: source.note ?? null,
    },
  };
}

/** Provenance as flat properties, for relationships and evidence edges alike. */
export function evidenceProps(evidence: ResolvedEvidence): Row {
  return {
    sourceId: evidence.sourceId,
    sentence: evidence.sentence,
    charStart: evidence.charStart,
    charEnd: evidence.charEnd,
    outsideArticle: evidence.outsideArticle,
    note: evidence.note,
  };
}

/** A fuzzy time as flat properties: bounds as Neo4j DateTimes (one temporal type for every bound). */
export function timeProps(time: ResolvedTime | null): Row {
  if (!time) return {};
  const t = time.value;
  const dt = (value: DateTime | null) => (value ? toNeo4jDateTime(value) : null);
  return {
    timeExpression: t.expression,
    timeEdtf: t.edtf,
    timeLabel: t.label,
    precision: t.precision,
    start: dt(t.start),
    end: dt(t.end),
    earliestStart: dt(t.earliestStart),
    latestStart: dt(t.latestStart),
    earliestEnd: dt(t.earliestEnd),
    latestEnd: dt(t.latestEnd),
    timeSourceId: time.evidence?.sourceId ?? null,
    timeOutsideArticle: time.evidence?.outsideArticle ?? false,
    timeNote: time.evidence?.note ?? null,
  };
}
