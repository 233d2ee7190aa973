import { DateTime } from 'luxon';
import { ongoingSince, resolveTime, TimeExpressionError } from '../time';
import { documentSchema, type Evidence, type EventDocument, type TimeSpec } from './document-schema';
import type { PreparedDocument, PreparedSource, ResolvedEvidence, ResolvedTime } from './prepared';
import { formatPath, type Problem } from './problems';

export interface PrepareOptions {
  /**
   * The document's own source is one already stored, copied from the database (a one-fact document
   * built by a mutation): it is not written again, so it needs no text when its facts cite it only as
   * an outside reference. Sentences are still looked for in whatever text it has.
   */
  sourceStored?: boolean;
}

/**
 * Checks a parsed document completely and resolves it: schema, duplicate ids, references, sentences
 * found in their source text, quotes inside their sentences, times resolvable. Returns every problem
 * at once rather than the first.
 */
export function prepareDocument(
  raw: unknown,
  file: string,
  options: PrepareOptions = {},
): { prepared: PreparedDocument; problems: [] } | { prepared: null; problems: Problem[] } {
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      prepared: null,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const checker = new DocumentChecker(parsed.data, file, options);
  const prepared = checker.run();
  return checker.problems.length === 0
    ? { prepared, problems: [] }
    : { prepared: null, problems: checker.problems };
}

class DocumentChecker {
  readonly problems: Problem[] = [];
  private readonly sources = new Map<string, PreparedSource>();
  private readonly actorKinds = new Map<string, string>();
  private readonly eventIds = new Set<string>();
  private readonly externalActorRefs = new Map<string, string[]>();
  private readonly externalEventRefs = new Map<string, string[]>();
  private readonly reference: DateTime | null;

  constructor(
    private readonly doc: EventDocument,
    private readonly file: string,
    private readonly options: PrepareOptions,
  ) {
    const source = doc.source;
    const referenceIso = source.referenceTime ?? source.publishedAt;
    this.reference = referenceIso ? DateTime.fromISO(referenceIso, { zone: source.timeZone }) : null;
    if (this.reference && !this.reference.isValid) {
      this.problem('source.timeZone', `unknown time zone '${source.timeZone}'`);
    }
  }

  private problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  run(): PreparedDocument {
    const doc = this.doc;
    this.declareSources();
    this.declare(doc.actors.map((a, i) => [a.id, `actors[${i}].id`]));
    doc.actors.forEach((actor) => this.actorKinds.set(actor.id, actor.kind));
    this.declare(doc.events.map((e, i) => [e.id, `events[${i}].id`]));
    doc.events.forEach((event) => this.eventIds.add(event.id));
    this.declare(doc.roles.map((r, i) => [r.id, `roles[${i}].id`]));
    this.declare(doc.statements.map((s, i) => [s.id, `statements[${i}].id`]));

    const prepared: PreparedDocument = {
      file: this.file,
      sources: [...this.sources.values()],
      actors: doc.actors.map((actor, i) => ({
        ...actor,
        evidence: actor.evidence ? this.evidence(actor.evidence, `actors[${i}].evidence`) : null,
      })),
      metonyms: doc.metonyms.map((metonym, i) => {
        const at = `metonyms[${i}]`;
        this.actorRef(metonym.place, `${at}.place`, 'PLACE');
        this.actorRef(metonym.standsFor, `${at}.standsFor`);
        return { ...metonym, evidence: this.evidence(metonym.evidence, `${at}.evidence`) };
      }),
      roles: doc.roles.map((role, i) => {
        const at = `roles[${i}]`;
        this.actorRef(role.holder, `${at}.holder`, 'PERSON');
        this.actorRef(role.organisation, `${at}.organisation`);
        return {
          ...role,
          evidence: this.evidence(role.evidence, `${at}.evidence`),
          time: role.time ? this.time(role.time, `${at}.time`) : null,
        };
      }),
      relations: doc.relations.map((relation, i) => {
        const at = `relations[${i}]`;
        this.actorRef(relation.from, `${at}.from`);
        this.actorRef(relation.to, `${at}.to`);
        return {
          ...relation,
          evidence: this.evidence(relation.evidence, `${at}.evidence`),
          time: relation.time ? this.time(relation.time, `${at}.time`) : null,
        };
      }),
      events: doc.events.map((event, i) => {
        const at = `events[${i}]`;
        event.participants.forEach((p, j) => this.actorRef(p.actor, `${at}.participants[${j}].actor`));
        if (event.place) this.actorRef(event.place, `${at}.place`, 'PLACE');
        event.sectors.forEach((sector, j) => this.actorRef(sector, `${at}.sectors[${j}]`, 'SECTOR'));
        if (event.partOf) {
          if (event.partOf === event.id) this.problem(`${at}.partOf`, 'an event cannot be part of itself');
          this.eventRef(event.partOf, `${at}.partOf`);
        }
        return {
          ...event,
          evidence: this.evidence(event.evidence, `${at}.evidence`),
          time: this.time(event.time, `${at}.time`),
        };
      }),
      eventLinks: doc.eventLinks.map((link, i) => {
        const at = `eventLinks[${i}]`;
        this.eventRef(link.from, `${at}.from`);
        this.eventRef(link.to, `${at}.to`);
        if (link.from === link.to) this.problem(at, 'an event cannot be linked to itself');
        return { ...link, evidence: this.evidence(link.evidence, `${at}.evidence`) };
      }),
      statements: doc.statements.map((statement, i) => {
        const at = `statements[${i}]`;
        this.actorRef(statement.speaker, `${at}.speaker`);
        if (statement.speakerAffiliation)
          this.actorRef(statement.speakerAffiliation, `${at}.speakerAffiliation`);
        statement.about.forEach((target, j) => this.anyRef(target, `${at}.about[${j}]`));
        const evidence = this.evidence(statement.evidence, `${at}.evidence`);
        if (
          statement.kind === 'QUOTE' &&
          evidence.sentence !== null &&
          !evidence.sentence.includes(statement.text)
        ) {
          this.problem(`${at}.text`, 'a QUOTE must appear word for word in its evidence sentence');
        }
        return { ...statement, evidence, said: this.time(statement.said, `${at}.said`) };
      }),
      externalActorRefs: this.externalActorRefs,
      externalEventRefs: this.externalEventRefs,
    };
    return prepared;
  }

  private declareSources(): void {
    const all = [
      { source: this.doc.source, at: 'source' },
      ...this.doc.externalSources.map((source, i) => ({ source, at: `externalSources[${i}]` })),
    ];
    for (const { source, at } of all) {
      if (this.sources.has(source.id)) this.problem(`${at}.id`, `duplicate id '${source.id}'`);
      if (at !== 'source' && source.kind !== 'REFERENCE') {
        this.problem(
          `${at}.kind`,
          'external sources are REFERENCE sources; an article is a document of its own',
        );
      }
      const availableAt = source.publishedAt ?? (source.capturedAt ? `${source.capturedAt}T00:00:00Z` : null);
      this.sources.set(source.id, { ...source, availableAt });
    }
    if (!this.doc.source.text && !this.options.sourceStored)
      this.problem('source.text', "the document's own source needs its full text");
  }

  private declare(entries: Array<[string, string]>): void {
    const seen = new Map<string, string>();
    for (const [id, path] of entries) {
      const first = seen.get(id);
      if (first) this.problem(path, `duplicate id '${id}' (first declared at ${first})`);
      else seen.set(id, path);
    }
  }

  private actorRef(id: string, path: string, kind?: string): void {
    const declaredKind = this.actorKinds.get(id);
    if (declaredKind === undefined) {
      if (this.eventIds.has(id)) this.problem(path, `'${id}' is an event, an actor is needed here`);
      else push(this.externalActorRefs, id, path);
    } else if (kind && declaredKind !== kind) {
      this.problem(path, `'${id}' is a ${declaredKind}, a ${kind} is needed here`);
    }
  }

  private eventRef(id: string, path: string): void {
    if (this.eventIds.has(id)) return;
    if (this.actorKinds.has(id)) this.problem(path, `'${id}' is an actor, an event is needed here`);
    else push(this.externalEventRefs, id, path);
  }

  private anyRef(id: string, path: string): void {
    if (this.actorKinds.has(id) || this.eventIds.has(id)) return;
    if (id.startsWith('event:')) push(this.externalEventRefs, id, path);
    else push(this.externalActorRefs, id, path);
  }

  private evidence(evidence: Evidence, path: string): ResolvedEvidence {
    const sourceId = evidence.source ?? this.doc.source.id;
    const source = this.sources.get(sourceId);
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
    const reference = this.reference ?? fallback;
    try {
      const anchor = spec.anchor
        ? resolveTime(spec.anchor.expression, this.context(spec.anchor, reference))
        : undefined;
      const value = resolveTime(spec.expression, { ...this.context(spec, reference), anchor });
      if (!this.reference && !isAbsolute(spec)) {
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

  private context(spec: TimeSpec, reference: DateTime) {
    return { reference, tense: spec.tense ?? 'past' };
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
