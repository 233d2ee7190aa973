import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import {
  queries,
  type ActorWriteRow,
  type EventWriteRow,
  type Query,
  type Rows,
  type SourceWriteRow,
  type StatementWriteRow,
} from '../db/queries';
import type { QueryTransaction, WriteCounters } from '../db/runner';
import type { PreparedActor, PreparedDocument, PreparedEvent, PreparedStatement } from '../model/prepared';
import { storedEvidenceProps, storedTimeProps } from '../model/stored-time';
import type { ActorKind } from '../model/vocabulary';

/** One write query and the rows it UNWINDs, written a slice at a time. */
export interface WriteStep {
  name: string;
  size: number;
  write(tx: QueryTransaction, from: number, to: number): Promise<WriteCounters>;
}

function step<Row>(query: Query<Rows<Row>, never>, rows: Row[]): WriteStep {
  return {
    name: query.name,
    size: rows.length,
    async write(tx, from, to) {
      const { summary } = await tx.run(query, { rows: rows.slice(from, to) });
      return summary.counters.updates();
    },
  };
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
    step(queries.ingestSources, doc.sources.map(sourceRow)),
    step(queries.ingestActors, doc.actors.map(actorRow)),
    step(
      queries.ingestMetonyms,
      doc.metonyms.map((m) => ({
        term: m.term,
        place: m.place,
        standsFor: m.standsFor,
        props: storedEvidenceProps(m.evidence),
      })),
    ),
    step(
      queries.ingestRoles,
      doc.roles.map((role) => ({
        id: role.id,
        holder: role.holder,
        organisation: role.organisation,
        props: { title: role.title, ...storedEvidenceProps(role.evidence), ...storedTimeProps(role.time) },
      })),
    ),
    step(
      queries.ingestRelations,
      doc.relations.map((relation) => ({
        from: relation.from,
        type: relation.type,
        to: relation.to,
        props: { ...storedEvidenceProps(relation.evidence), ...storedTimeProps(relation.time) },
      })),
    ),
    step(queries.ingestEvents, doc.events.map(eventRow)),
    step(
      queries.ingestEventLinks,
      doc.eventLinks.map((link) => ({
        from: link.from,
        type: link.type,
        to: link.to,
        props: storedEvidenceProps(link.evidence),
      })),
    ),
    step(queries.ingestStatements, doc.statements.map(statementRow)),
  ].filter((planned) => planned.size > 0);
}

export function actorRow(actor: PreparedActor): ActorWriteRow {
  return {
    id: actor.id,
    kind: actor.kind,
    label: ACTOR_LABELS[actor.kind],
    name: actor.name,
    subtype: actor.subtype ?? null,
    description: actor.description ?? null,
    aliases: actor.aliases,
    evidence: actor.evidence ? storedEvidenceProps(actor.evidence) : null,
  };
}

export function eventRow(event: PreparedEvent): EventWriteRow {
  return {
    id: event.id,
    props: {
      type: event.type,
      title: event.title,
      description: event.description ?? null,
      status: event.status,
      ...storedTimeProps(event.time),
    },
    evidence: storedEvidenceProps(event.evidence),
    timeEvidence: event.time.evidence ? storedEvidenceProps(event.time.evidence) : null,
    place: event.place ?? null,
    partOf: event.partOf ?? null,
    sectors: event.sectors,
    participants: event.participants.map((p) => ({
      actor: p.actor,
      role: p.role,
      mentionedAs: p.mentionedAs ?? null,
    })),
  };
}

export function statementRow(statement: PreparedStatement): StatementWriteRow {
  return {
    id: statement.id,
    props: {
      kind: statement.kind,
      text: statement.text,
      speakerTitle: statement.speakerTitle ?? null,
      ...storedTimeProps(statement.said),
    },
    speaker: statement.speaker,
    affiliation: statement.speakerAffiliation ?? null,
    about: statement.about,
    evidence: storedEvidenceProps(statement.evidence),
    timeEvidence: statement.said.evidence ? storedEvidenceProps(statement.said.evidence) : null,
  };
}

function sourceRow(source: PreparedDocument['sources'][number]): SourceWriteRow {
  const dateTime = (iso: string | null | undefined) =>
    iso ? DateTime.fromISO(iso, { setZone: true }) : null;
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
