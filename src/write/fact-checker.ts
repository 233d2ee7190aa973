import { DateTime } from 'luxon';
import { ongoingSince, resolveTime, TimeExpressionError, UNDATED_EXPRESSIONS, type FuzzyTime } from '../time';
import { bestClaim, rankClaims } from '../model/time-claims';
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
import type { ActorKind, SourceKind } from '../model/vocabulary';

/** What evidence may cite: a source's kind and the text its sentences are found in. */
export interface CitableSource {
  id: string;
  kind: SourceKind;
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
    const { timeClaims, ...fact } = role;
    const evidence = this.evidence(role.evidence, `${path}.evidence`);
    return {
      ...fact,
      evidence,
      time: role.time
        ? this.time(role.time, `${path}.time`, evidence, timeClaims, `${path}.timeClaims`)
        : null,
    };
  }

  relation(relation: RelationFact, path: string): PreparedRelation {
    this.actorRef(relation.from, `${path}.from`);
    this.actorRef(relation.to, `${path}.to`);
    const { timeClaims, ...fact } = relation;
    const evidence = this.evidence(relation.evidence, `${path}.evidence`);
    return {
      ...fact,
      evidence,
      time: relation.time
        ? this.time(relation.time, `${path}.time`, evidence, timeClaims, `${path}.timeClaims`)
        : null,
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
    const { timeClaims, ...fact } = event;
    const evidence = this.evidence(event.evidence, `${path}.evidence`);
    if (event.implied) this.cue(event.implied.cue, evidence, `${path}.implied.cue`);
    return {
      ...fact,
      evidence,
      time: this.time(event.time, `${path}.time`, evidence, timeClaims, `${path}.timeClaims`),
    };
  }

  eventLink(link: EventLinkFact, path: string): PreparedEventLink {
    this.eventRef(link.from, `${path}.from`);
    this.eventRef(link.to, `${path}.to`);
    if (link.from === link.to) this.problem(path, 'an event cannot be linked to itself');
    const evidence = this.evidence(link.evidence, `${path}.evidence`);
    this.cue(link.cue, evidence, `${path}.cue`);
    return { ...link, evidence };
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
    const { timeClaims, ...fact } = statement;
    return {
      ...fact,
      evidence,
      said: this.time(statement.said, `${path}.said`, evidence, timeClaims, `${path}.timeClaims`),
    };
  }

  /** A cue is the source's own words: it must be in what the evidence says, or the modality is a guess. */
  private cue(cue: string, evidence: ResolvedEvidence, path: string): void {
    const said = evidence.sentence ?? evidence.note ?? '';
    if (!said.toLowerCase().includes(cue.toLowerCase())) {
      this.problem(path, `"${cue}" is not in the evidence: a cue must quote the words it rests on`);
    }
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
      return {
        sourceId,
        sourceKind: 'TEASER',
        sentence: null,
        charStart: null,
        charEnd: null,
        outsideArticle: false,
        note: null,
      };
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
        sourceKind: source.kind,
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
      sourceKind: source.kind,
      sentence: evidence.sentence,
      charStart: charStart < 0 ? null : charStart,
      charEnd: charStart < 0 ? null : charStart + evidence.sentence.length,
      outsideArticle: false,
      note: null,
    };
  }

  /**
   * Every claim about a fact's time, ranked: the fact's own (`time`, dated by its own evidence unless it
   * names other) and each further claim, which must name its evidence. A claim read from a sentence must
   * have its words in that sentence, so each thing is dated by the sentence that dates it.
   */
  private time(
    spec: TimeSpec,
    path: string,
    factEvidence: ResolvedEvidence,
    more: TimeSpec[],
    morePath: string,
  ): ResolvedTime {
    const own = this.claim(spec, path, factEvidence);
    const others = more.map((extra, i) => {
      if (!extra.evidence)
        this.problem(`${morePath}[${i}].evidence`, 'a further time claim needs its own evidence');
      return this.claim(extra, `${morePath}[${i}]`, factEvidence, extra.evidence !== undefined);
    });
    const claims = rankClaims([own, ...others]);
    const best = bestClaim(claims);
    const differs = best.evidence !== factEvidence;
    return { value: best.time, evidence: differs ? best.evidence : null, claims };
  }

  private claim(spec: TimeSpec, path: string, factEvidence: ResolvedEvidence, checkWords = true) {
    const evidence = spec.evidence ? this.evidence(spec.evidence, `${path}.evidence`) : factEvidence;
    const before = this.problems.length;
    const time = this.resolve(spec, path);
    const policy = UNDATED_EXPRESSIONS.includes(spec.expression.trim().toLowerCase());
    const stated = !evidence.outsideArticle && !policy;
    // Only a located sentence and a readable expression can be compared; the other faults are said already.
    const comparable = checkWords && evidence.charStart !== null && this.problems.length === before;
    if (stated && comparable && evidence.sentence !== null && !wordsIn(spec.expression, evidence.sentence)) {
      this.problem(
        `${path}.expression`,
        `"${spec.expression}" is not in the sentence that is its evidence ("${evidence.sentence}"): ` +
          'give the sentence that dates it, an outside reference, or a policy form for what the source leaves undated',
      );
    }
    const sourceKind = this.scope.sources.get(evidence.sourceId)?.kind ?? 'UNKNOWN';
    return { time, evidence, sourceKind, stated };
  }

  private resolve(spec: TimeSpec, path: string): FuzzyTime {
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
      return spec.ongoing ? ongoingSince(value, reference, spec.expression) : value;
    } catch (error) {
      if (!(error instanceof TimeExpressionError)) throw error;
      this.problem(`${path}.expression`, error.message);
      return resolveTime('2000', { reference: fallback, tense: 'past' });
    }
  }
}

/** The words of a time expression (without a leading preposition) appear in the sentence, case aside. */
function wordsIn(expression: string, sentence: string): boolean {
  const plain = (text: string) =>
    text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/\s+/g, ' ');
  const words = plain(expression.trim()).replace(/^(?:on|in|since|by|for|during) /, '');
  return plain(sentence).includes(words);
}

function isAbsolute(spec: TimeSpec): boolean {
  return /^\d{4}/.test(spec.expression.trim()) && (!spec.anchor || isAbsolute(spec.anchor));
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
