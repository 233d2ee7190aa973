import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type {
  ActorWriteRow,
  EventLinkWriteRow,
  EventWriteRow,
  MetonymWriteRow,
  RelationWriteRow,
  RoleWriteRow,
  SourceWriteRow,
  StatementWriteRow,
} from '../db/queries';
import type {
  PreparedActor,
  PreparedEvent,
  PreparedEventLink,
  PreparedMetonym,
  PreparedRelation,
  PreparedRole,
  PreparedSource,
  PreparedStatement,
} from '../model/prepared';
import { storedEvidenceProps, storedTimeProps, type StoredEvidenceProps } from '../model/stored-time';
import type { ResolvedEvidence, ResolvedTime } from '../model/prepared';
import type { ActorKind } from '../model/vocabulary';

/**
 * The rows a prepared fact is written as, one builder per kind: the same for a document's UNWIND batch
 * and a single upsert. Values are ours (luxon DateTimes); the runner converts them on the way in.
 */

/** Neo4j labels per actor kind; only these identifiers are ever used as labels. */
export const ACTOR_LABELS: Record<ActorKind, string> = {
  PERSON: 'Person',
  COUNTRY: 'Country',
  GOVERNMENT: 'Government',
  ORGANISATION: 'Organisation',
  PLACE: 'Place',
  SECTOR: 'Sector',
};

export function sourceRow(source: PreparedSource): SourceWriteRow {
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
      // Every source has the time its relative words resolve against: its own, else its publication.
      referenceTime: dateTime(source.referenceTime ?? source.publishedAt ?? source.availableAt),
      timeZone: source.timeZone,
      text: source.text ?? null,
      textSha256: source.text ? createHash('sha256').update(source.text).digest('hex') : null,
      note: source.note ?? null,
    },
  };
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

export function metonymRow(metonym: PreparedMetonym): MetonymWriteRow {
  return {
    term: metonym.term,
    place: metonym.place,
    standsFor: metonym.standsFor,
    props: storedEvidenceProps(metonym.evidence),
  };
}

export function roleRow(role: PreparedRole): RoleWriteRow {
  return {
    id: role.id,
    holder: role.holder,
    organisation: role.organisation,
    props: { title: role.title, ...storedEvidenceProps(role.evidence), ...storedTimeProps(role.time) },
  };
}

export function relationRow(relation: PreparedRelation): RelationWriteRow {
  return {
    from: relation.from,
    type: relation.type,
    to: relation.to,
    props: { ...storedEvidenceProps(relation.evidence), ...storedTimeProps(relation.time) },
  };
}

/**
 * The sources of the time claims that name evidence of their own (an outside reference, another
 * sentence), one per source: each gets a SUPPORTED_BY {aspect: 'time'} edge.
 */
function claimSources(time: ResolvedTime, factEvidence: ResolvedEvidence): StoredEvidenceProps[] {
  const own = time.claims.filter((claim) => claim.evidence !== factEvidence).map((claim) => claim.evidence);
  const bySource = new Map(own.map((evidence) => [evidence.sourceId, storedEvidenceProps(evidence)]));
  return [...bySource.values()];
}

export function eventRow(event: PreparedEvent): EventWriteRow {
  return {
    id: event.id,
    props: {
      type: event.type,
      title: event.title,
      description: event.description ?? null,
      status: event.status,
      modality: event.implied ? 'INFERRED' : 'STATED',
      cue: event.implied?.cue ?? null,
      inference: event.implied?.inference ?? null,
      ...storedTimeProps(event.time),
    },
    evidence: storedEvidenceProps(event.evidence),
    timeEvidence: claimSources(event.time, event.evidence),
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

export function eventLinkRow(link: PreparedEventLink): EventLinkWriteRow {
  return {
    from: link.from,
    type: link.type,
    to: link.to,
    props: {
      ...storedEvidenceProps(link.evidence),
      modality: link.modality,
      cue: link.cue,
      inference: link.inference ?? null,
    },
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
    timeEvidence: claimSources(statement.said, statement.evidence),
  };
}
