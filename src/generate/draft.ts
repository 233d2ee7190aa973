import type {
  EventDocument,
  EventFact,
  EventLinkFact,
  RoleFact,
  StatementFact,
  TimeSpec,
} from '../model/document-schema';
import type {
  EventLinkType,
  EventStatus,
  EventType,
  ParticipantRole,
  StatementKind,
} from '../model/vocabulary';
import { isoDate } from './calendar';
import type { Worded } from './time-words';
import type { Actor } from './world';

/** The words that state each kind of link; "after" states an order, not a cause. */
const STATING_CUES: Record<EventLinkType, string[]> = {
  RETALIATION_FOR: ['in retaliation for'],
  RESPONSE_TO: ['in response to'],
  CAUSED: ['as a result', 'caused', 'led to'],
  FOLLOWED_BY: ['after', 'following'],
  ENDED_BY: ['ending'],
};
/** Weaker words a link may be read from when its own are missing. */
const ORDER_CUES = ['after', 'following', 'then'];

/**
 * One document being written: sentences in order (its text), and every fact with the sentence that
 * states it. Actors are declared where first named, so each document stands alone (its ids need nothing
 * stored first) and names the same actors by the same ids as every other document.
 */
export interface EventDraft {
  type: EventType;
  title: string;
  status: EventStatus;
  time: Worded;
  /** The true first day, which the words hold: links and parts are only drawn in this order. */
  day: number;
  participants: Array<{ actor: Actor; role: ParticipantRole; mentionedAs?: string }>;
  place?: Actor;
  sectors?: Actor[];
  partOf?: string;
  sentence: string;
  /** An outside reference's exact day beside the article's words ("last spring" and 14 March). */
  outsideDay?: boolean;
}

export interface StatementDraft {
  kind: StatementKind;
  text: string;
  speaker: Actor;
  speakerTitle?: string;
  speakerAffiliation?: Actor;
  said: Worded;
  about: string[];
  sentence: string;
}

export class DocumentDraft {
  private readonly paragraphs: string[][] = [[]];
  private readonly actors = new Map<string, EventDocument['actors'][number]>();
  private readonly roles = new Map<string, RoleFact>();
  private readonly relations = new Map<string, EventDocument['relations'][number]>();
  private readonly metonyms = new Map<string, EventDocument['metonyms'][number]>();
  private readonly events: EventFact[] = [];
  private readonly links: EventLinkFact[] = [];
  private readonly statements: StatementFact[] = [];
  private readonly sentenceById = new Map<string, string>();
  private needsReference = false;

  constructor(
    private readonly idPrefix: string,
    private readonly budget: number,
  ) {}

  /** Events this document may still hold: the corpus size is exact, so the last episode stops short. */
  get room(): number {
    return this.budget - this.events.length;
  }

  get eventCount(): number {
    return this.events.length;
  }

  /** Appends a sentence to the text (each fact's evidence is one of these, word for word). */
  say(sentence: string): string {
    this.paragraphs[this.paragraphs.length - 1]!.push(sentence);
    return sentence;
  }

  /** Starts a new paragraph (each episode opens one, so a backstory does not run into the story). */
  paragraph(): void {
    if (this.paragraphs[this.paragraphs.length - 1]!.length > 0) this.paragraphs.push([]);
  }

  declares(id: string): boolean {
    return this.actors.has(id);
  }

  /** Declares an actor the first time a sentence names it, with that sentence as its evidence. */
  mention(actor: Actor, sentence: string): void {
    if (this.actors.has(actor.id)) return;
    this.actors.set(actor.id, {
      id: actor.id,
      kind: actor.kind,
      ...(actor.subtype ? { subtype: actor.subtype } : {}),
      name: actor.name,
      aliases: actor.aliases,
      ...(actor.description ? { description: actor.description } : {}),
      evidence: { sentence },
    });
  }

  metonym(term: string, place: Actor, standsFor: Actor, sentence: string): void {
    this.mention(place, sentence);
    this.mention(standsFor, sentence);
    if (!this.metonyms.has(term))
      this.metonyms.set(term, { term, place: place.id, standsFor: standsFor.id, evidence: { sentence } });
  }

  role(
    id: string,
    holder: Actor,
    title: string,
    organisation: Actor,
    sentence: string,
    time?: TimeSpec,
  ): void {
    if (this.roles.has(id)) return;
    this.mention(holder, sentence);
    this.mention(organisation, sentence);
    this.roles.set(id, {
      id,
      holder: holder.id,
      title,
      organisation: organisation.id,
      ...(time ? { time } : {}),
      timeClaims: [],
      evidence: { sentence },
    });
  }

  relation(from: Actor, type: EventDocument['relations'][number]['type'], to: Actor, sentence: string): void {
    const key = `${from.id} ${type} ${to.id}`;
    if (this.relations.has(key)) return;
    this.mention(from, sentence);
    this.mention(to, sentence);
    this.relations.set(key, { from: from.id, type, to: to.id, timeClaims: [], evidence: { sentence } });
  }

  /** Writes an event (its sentence must be said already) and returns its id. */
  event(draft: EventDraft): string {
    const id = `event:${this.idPrefix}-e${this.events.length + 1}`;
    for (const p of draft.participants) this.mention(p.actor, draft.sentence);
    if (draft.place) this.mention(draft.place, draft.sentence);
    for (const sector of draft.sectors ?? []) this.mention(sector, draft.sentence);
    const timeClaims: TimeSpec[] = [];
    if (draft.outsideDay) {
      this.needsReference = true;
      timeClaims.push({
        expression: isoDate(draft.day),
        ...(draft.time.spec.ongoing ? { ongoing: true } : {}),
        evidence: {
          outsideArticle: true,
          source: this.referenceId,
          note: `The public record dates "${draft.title}" to ${isoDate(draft.day)}.`,
        },
      });
    }
    this.sentenceById.set(id, draft.sentence);
    this.events.push({
      id,
      type: draft.type,
      title: draft.title,
      status: draft.status,
      time: draft.time.spec,
      timeClaims,
      ...(draft.place ? { place: draft.place.id } : {}),
      participants: draft.participants.map((p) => ({
        actor: p.actor.id,
        role: p.role,
        ...(p.mentionedAs ? { mentionedAs: p.mentionedAs } : {}),
      })),
      sectors: (draft.sectors ?? []).map((sector) => sector.id),
      ...(draft.partOf ? { partOf: draft.partOf } : {}),
      evidence: { sentence: draft.sentence },
    });
    return id;
  }

  /** The title of the document: its first event's, as the story leads with it. */
  headline(): string {
    return this.events[0]?.title ?? 'News in brief';
  }

  /** The sentence an event was written from (a link's evidence is one of them). */
  sentenceOf(id: string): string {
    const sentence = this.sentenceById.get(id);
    if (sentence === undefined) throw new Error(`no event ${id} in this document`);
    return sentence;
  }

  /**
   * A link stated by the later event's sentence: STATED when the sentence has the words of its kind ("in
   * retaliation for", "ending"), else INFERRED from the words of order it has, or from the story's order.
   */
  link(from: string, type: EventLinkType, to: string, sentence: string): void {
    const lower = sentence.toLowerCase();
    const stated = STATING_CUES[type].find((words) => lower.includes(words));
    if (stated) {
      this.links.push({ from, type, to, modality: 'STATED', cue: stated, evidence: { sentence } });
      return;
    }
    const order = ORDER_CUES.find((words) => lower.includes(words));
    this.links.push({
      from,
      type,
      to,
      modality: 'INFERRED',
      cue: order ?? sentence.split(' ').slice(0, 3).join(' '),
      inference: order
        ? `The sentence says "${order}": an order, read as ${type.toLowerCase().replace(/_/g, ' ')}.`
        : 'The story tells this event after the other; the link is read from that order.',
      evidence: { sentence },
    });
  }

  statement(draft: StatementDraft): void {
    this.mention(draft.speaker, draft.sentence);
    if (draft.speakerAffiliation) this.mention(draft.speakerAffiliation, draft.sentence);
    this.statements.push({
      id: `statement:${this.idPrefix}-q${this.statements.length + 1}`,
      kind: draft.kind,
      text: draft.text,
      speaker: draft.speaker.id,
      ...(draft.speakerTitle ? { speakerTitle: draft.speakerTitle } : {}),
      ...(draft.speakerAffiliation ? { speakerAffiliation: draft.speakerAffiliation.id } : {}),
      said: draft.said.spec,
      timeClaims: [],
      about: draft.about,
      evidence: { sentence: draft.sentence },
    });
  }

  get referenceId(): string {
    return `source:${this.idPrefix}-ref`;
  }

  /** The document in the ingest format; `source` is its own source without its text, which this adds. */
  finish(source: EventDocument['source'], headline: string, paragraphSize: number): EventDocument {
    const paragraphs: string[] = [];
    for (const sentences of this.paragraphs)
      for (let i = 0; i < sentences.length; i += paragraphSize)
        paragraphs.push(sentences.slice(i, i + paragraphSize).join(' '));
    const text = [headline, ...paragraphs].join('\n\n');
    const externalSources: EventDocument['externalSources'] = this.needsReference
      ? [
          {
            id: this.referenceId,
            kind: 'REFERENCE',
            title: `Public record of the events in "${source.title}"`,
            timeZone: source.timeZone,
            note: 'Generated: exact dates of events the article dates only roughly.',
          },
        ]
      : [];
    return {
      format: 'eventgraph/1',
      source: { ...source, text },
      externalSources,
      actors: [...this.actors.values()],
      metonyms: [...this.metonyms.values()],
      roles: [...this.roles.values()],
      relations: [...this.relations.values()],
      events: this.events,
      eventLinks: this.links,
      statements: this.statements,
    };
  }
}
