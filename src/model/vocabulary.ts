/**
 * The closed vocabularies of the graph. Each name doubles as a GraphQL enum value, so they are
 * SCREAMING_CASE; the meaning of each is written once here.
 */

export const ACTOR_KINDS = {
  PERSON: 'A human being.',
  COUNTRY: 'A sovereign state as a territory and people (China, Canada).',
  GOVERNMENT: "A state's or province's executive: the Government of Canada, the Chinese government.",
  ORGANISATION:
    'Any other body: political party, ministry, legislature, media outlet, business council, university, think tank, company, international organisation.',
  PLACE: 'A city, region, province, island or sea area, as a location.',
  SECTOR: 'An economic sector or product line affected by trade measures (pork, canola, electric vehicles).',
} as const;
export type ActorKind = keyof typeof ACTOR_KINDS;

export const EVENT_TYPES = {
  VISIT: 'Someone travels to a place or country in an official capacity.',
  ARRIVAL: 'Someone arrives at a place (a plane lands): a moment, within a visit.',
  MEETING: 'Two or more actors meet in person (bilateral talks, a sit-down, a banquet).',
  SUMMIT: 'A multilateral gathering of leaders (APEC).',
  ARREST: 'A person is arrested by a state.',
  DETENTION: 'A person is held in custody; usually a span of time.',
  RELEASE: 'A detained person is freed.',
  TARIFF_IMPOSED: 'A state imposes tariffs or duties on goods.',
  TARIFF_EASED: 'A state lowers or removes tariffs.',
  POLICY_STATEMENT: 'A government declares a policy or characterises another state.',
  POLICY_ACTION: 'A government acts on a policy short of tariffs (an advisory, restrictions on investment).',
  TAKING_OFFICE: 'A person or government takes office.',
  ELECTION: 'An election is held.',
  RESIGNATION: 'A person resigns from an office.',
  EDITORIAL: 'A media outlet publishes an editorial or opinion.',
  PRESS_REMARKS: 'Someone speaks to reporters or the public.',
  NEGOTIATION: 'Parties negotiate; often ongoing.',
  AGREEMENT: 'Parties sign or reach an agreement.',
  ECONOMIC_REPORT: 'Economic data or a forecast is published.',
  FISCAL_UPDATE: 'A government publishes a budget or fiscal projection.',
  COURT_RULING: 'A court decides a case.',
  REGULATORY_DECISION: 'A regulator decides, or postpones a decision.',
  SECURITY_INCIDENT: 'Interference, coercion or military action by a state.',
  OTHER: 'Anything the other types do not fit; say what in the description.',
} as const;
export type EventType = keyof typeof EVENT_TYPES;

export const EVENT_STATUSES = {
  HAPPENED: 'The source reports it as having happened.',
  ONGOING: 'Under way as of the source (a tariff in force, negotiations that continue).',
  PLANNED: 'Scheduled as of the source ("will sit down with President Xi on Friday"): not a fact yet.',
  EXPECTED: 'Forecast by someone quoted (an expert expects agreements to be signed).',
  HOPED: 'Wished for by an actor ("premiers are hoping China drops its tariffs").',
  DENIED: 'Reported and denied.',
} as const;
export type EventStatus = keyof typeof EVENT_STATUSES;

/** The statuses of facts: what happened or is under way. The rest is planned, forecast, wished or denied. */
export const FACT_STATUSES: ReadonlySet<EventStatus> = new Set<EventStatus>(['HAPPENED', 'ONGOING']);

export const PARTICIPANT_ROLES = {
  AGENT: 'Does the act: the visitor, the state that imposes a tariff or detains.',
  TARGET: 'The act is done to it: the detained person, the state whose goods are taxed.',
  COUNTERPART: 'The other side of a meeting or negotiation.',
  HOST: 'Hosts the event.',
  PARTICIPANT: 'Takes part without a more specific role (a minister in a delegation).',
  SUBJECT: 'The event is about it without it acting (a state characterised in a statement).',
  REQUESTER: 'Asked for the act (the state behind an extradition warrant).',
} as const;
export type ParticipantRole = keyof typeof PARTICIPANT_ROLES;

export const EVENT_LINK_TYPES = {
  CAUSED: 'The first event brought about the second.',
  RETALIATION_FOR: 'The first event was done in retaliation for the second.',
  RESPONSE_TO: 'The first event answers the second (not as retaliation).',
  FOLLOWED_BY: 'The second event came after the first as part of one sequence.',
  ENDED_BY: 'The first event (a state such as a detention) ended when the second began (the release).',
} as const;
export type EventLinkType = keyof typeof EVENT_LINK_TYPES;

export const MODALITIES = {
  STATED:
    'The source says it: a link in words ("in retaliation for"), an event it narrates; `cue` quotes the words.',
  INFERRED:
    'A reading of the source, not its words: a link where it states something weaker (an order, "imposed after"), an event it implies without narrating; `cue` quotes the words, `inference` says what was read into them.',
} as const;
export type Modality = keyof typeof MODALITIES;

export const ACTOR_RELATION_TYPES = {
  GOVERNS: 'A government governs a country or province.',
  PART_OF: 'A place or body is part of a larger one (Saskatchewan of Canada, a ministry of a government).',
  LOCATED_IN: 'A place or organisation lies in a place or country.',
  MEMBER_OF: 'A person or body belongs to a party, group or organisation.',
  ALIGNED_WITH: 'Reflects the views of, or acts in line with, another actor (an outlet and a party).',
} as const;
export type ActorRelationType = keyof typeof ACTOR_RELATION_TYPES;

export const STATEMENT_KINDS = {
  QUOTE: "The speaker's own words, in quotation marks in the source.",
  REPORTED: 'A claim attributed to the speaker in the reporter\'s words ("Loh said Beijing needs...").',
} as const;
export type StatementKind = keyof typeof STATEMENT_KINDS;

export const SOURCE_KINDS = {
  ARTICLE: 'A news story with its full text.',
  TEASER: "A linked story's headline and summary, as shown on another story's page.",
  REFERENCE: 'A source outside the documents, cited for a fact they do not state (an exact date).',
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;

export const TENSES = ['past', 'present', 'future'] as const;

export const keysOf = <T extends object>(vocabulary: T) =>
  Object.keys(vocabulary) as [keyof T & string, ...Array<keyof T & string>];
