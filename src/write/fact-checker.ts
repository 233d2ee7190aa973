import { DateTime } from 'luxon';
import { ongoingSince, resolveTime, TimeExpressionError } from '../time';
import type {
  ActorFact,
  Evidence,
  EventFact,
  EventLinkFact,
  MetonymFact,
  RelationFact,
  RoleFact,
  StatementFact,
  TimeSpec,
} from '../model/document-schema';
import type {
  PreparedActor,
  PreparedEvent,
  PreparedEventLink,
  PreparedMetonym,
  PreparedRelation,
  PreparedRole,
  PreparedStatement,
  ReferenceNeeds,
  ResolvedEvidence,
  ResolvedTime,
} from '../model/prepared';
import type { Problem } from '../model/problems';
import type { ActorKind } from '../model/vocabulary';

/** What evidence may cite: a source's kind and the text its sentences are found in. */
export interface CitableSource {
  id: string;
  kind: string;
  text?: string | null;
}

/**
 * Everything a fact is checked against besides itself: the sources it may cite (the one its evidence
 * names when it names none), the reference time its relative dates resolve against, and the ids declared
 * alongside it (the rest of its document, or only itself). Ids it refers to beyond those are collected
 * as reference needs, for the database to answer inside the write transaction.
 */
export interface FactScope {
  sources: ReadonlyMap<string, CitableSource>;
  defaultSourceId: string;
  /** Null when the source has neither a reference time nor a publication: only absolute dates resolve. */
  reference: DateTime | null;
  actorKinds: ReadonlyMap<string, ActorKind>;
  eventIds: ReadonlySet<string>;
}

/**
 * The per-fact rules, the same for a fact in a document of 500 and a fact alone: references of the
 * right kind, sentences found word for word in their source, quotes inside their sentence, times
 * resolvable. Each method returns the prepared fact and records every problem at `${path}.field`.
 */
export class FactChecker {
  readonly problems: Problem[] = [];
  readonly references: ReferenceNeeds = { actors: new Map(), events: new Map() };

  constructor(private readonly scope: FactScope) {}

  actor(actor: ActorFact, path: string): PreparedActor {
    return { ...actor, evidence: actor.evidence ? this.evidence(actor.evidence, `${path}.evidence`) : null };
  }

  metonym(metonym: MetonymFact, path: string): PreparedMetonym {
    this.actorRef(metonym.place, `${path}.place`, 'PLACE');
    this.actorRef(metonym.standsFor, `${path}.standsFor`);
    return { ...metonym, evidence: this.evidence(metonym.evidence, `${path}.evidence`) };
  }

  role(role: RoleFact, path: string): PreparedRole {
    this.actorRef(role.holder, `${path}.holder`, 'PERSON');
    this.actorRef(role.organisation, `${path}.organisation`);
    return {
      ...role,
      evidence: this.evidence(role.evidence, `${path}.evidence`),
      time: role.time ? this.time(role.time, `${path}.time`) : null,
    };
  }

  relation(relation: RelationFact, path: string): PreparedRelation {
    this.actorRef(relation.from, `${path}.from`);
    this.actorRef(relation.to, `${path}.to`);
    return {
      ...relation,
      evidence: this.evidence(relation.evidence, `${path}.evidence`),
      time: relation.time ? this.time(relation.time, `${path}.time`) : null,
    };
  }

  event(event: EventFact, path: string): PreparedEvent {
    event.participants.forEach((p, j) => this.actorRef(p.actor, `${path}.participants[${j}].actor`));
    if (event.place) this.actorRef(event.place, `${path}.place`, 'PLACE');
    event.sectors.forEach((sector, j) => this.actorRef(sector, `${path}.sectors[${j}]`, 'SECTOR'));
    if (event.partOf) {
      if (event.partOf === event.id) this.problem(`${path}.partOf`, 'an event cannot be part of itself');
      this.eventRef(event.partOf, `${path}.partOf`);
    }
    return {
      ...event,
      evidence: this.evidence(event.evidence, `${path}.evidence`),
      time: this.time(event.time, `${path}.time`),
    };
  }

  eventLink(link: EventLinkFact, path: string): PreparedEventLink {
    this.eventRef(link.from, `${path}.from`);
    this.eventRef(link.to, `${path}.to`);
    if (link.from === link.to) this.problem(path, 'an event cannot be linked to itself');
    return { ...link, evidence: this.evidence(link.evidence, `${path}.evidence`) };
  }

  statement(statement: StatementFact, path: string): PreparedStatement {
    this.actorRef(statement.speaker, `${path}.speaker`);
    if (statement.speakerAffiliation)
      this.actorRef(statement.speakerAffiliation, `${path}.speakerAffiliation`);
    statement.about.forEach((target, j) => this.anyRef(target, `${path}.about[${j}]`));
    const evidence = this.evidence(statement.evidence, `${path}.evidence`);
    if (
      statement.kind === 'QUOTE' &&
      evidence.sentence !== null &&
      !evidence.sentence.includes(statement.text)
    ) {
      this.problem(`${path}.text`, 'a QUOTE must appear word for word in its evidence sentence');
    }
    return { ...statement, evidence, said: this.time(statement.said, `${path}.said`) };
  }

  private problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  private actorRef(id: string, path: string, kind?: ActorKind): void {
    const declaredKind = this.scope.actorKinds.get(id);
    if (declaredKind === undefined) {
      if (this.scope.eventIds.has(id)) this.problem(path, `'${id}' is an event, an actor is needed here`);
      else push(this.references.actors, id, path);
    } else if (kind && declaredKind !== kind) {
      this.problem(path, `'${id}' is a ${declaredKind}, a ${kind} is needed here`);
    }
  }

  private eventRef(id: string, path: string): void {
    if (this.scope.eventIds.has(id)) return;
    if (this.scope.actorKinds.has(id)) this.problem(path, `'${id}' is an actor, an event is needed here`);
    else push(this.references.events, id, path);
  }

  private anyRef(id: string, path: string): void {
    if (this.scope.actorKinds.has(id) || this.scope.eventIds.has(id)) return;
    if (id.startsWith('event:')) push(this.references.events, id, path);
    else push(this.references.actors, id, path);
  }

  private evidence(evidence: Evidence, path: string): ResolvedEvidence {
    const sourceId = evidence.source ?? this.scope.defaultSourceId;
    const source = this.scope.sources.get(sourceId);
    if (!source) {
      this.problem(`${path}.source`, `unknown source '${sourceId}'`);
      return { sourceId, sentence: null, charStart: null, charEnd: null, outsideArticle: false, note: null };
    }
    if ('outsideArticle' in evidence) {
      if (source.kind !== 'REFERENCE') {
        this.problem(
          `${path}.source`,
          `'${sourceId}' is not a REFERENCE source, so it is not outside the article`,
        );
      }
      return {
        sourceId,
        sentence: null,
        charStart: null,
        charEnd: null,
        outsideArticle: true,
        note: evidence.note,
      };
    }
    const charStart = source.text?.indexOf(evidence.sentence) ?? -1;
    if (charStart < 0) {
      this.problem(`${path}.sentence`, `not found word for word in the text of '${sourceId}'`);
    }
    return {
      sourceId,
      sentence: evidence.sentence,
      charStart: charStart < 0 ? null : charStart,
      charEnd: charStart < 0 ? null : charStart + evidence.sentence.length,
      outsideArticle: false,
      note: null,
    };
  }

  private time(spec: TimeSpec, path: string): ResolvedTime {
    const evidence = spec.evidence ? this.evidence(spec.evidence, `${path}.evidence`) : null;
    const fallback = DateTime.fromMillis(0, { zone: 'UTC' });
    const reference = this.scope.reference ?? fallback;
    try {
      const anchor = spec.anchor
        ? resolveTime(spec.anchor.expression, { reference, tense: spec.anchor.tense ?? 'past' })
        : undefined;
      const value = resolveTime(spec.expression, { reference, tense: spec.tense ?? 'past', anchor });
      if (!this.scope.reference && !isAbsolute(spec)) {
        this.problem(path, 'relative times need source.referenceTime or source.publishedAt');
      }
      return { value: spec.ongoing ? ongoingSince(value, reference, spec.expression) : value, evidence };
    } catch (error) {
      if (!(error instanceof TimeExpressionError)) throw error;
      this.problem(`${path}.expression`, error.message);
      const placeholder = resolveTime('2000', { reference: fallback, tense: 'past' });
      return { value: placeholder, evidence };
    }
  }
}

function isAbsolute(spec: TimeSpec): boolean {
  return /^\d{4}/.test(spec.expression.trim()) && (!spec.anchor || isAbsolute(spec.anchor));
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
