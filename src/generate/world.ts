import type { ActorKind } from '../model/vocabulary';
import { civilOf, dayOf } from './calendar';
import {
  COMPANY_STEMS,
  COUNTRIES,
  FIRST_NAMES,
  INTERNATIONAL_ORGS,
  LAST_NAMES,
  OFFICES,
  ORG_KINDS,
  PARTY_NAMES,
  SECTORS,
  type CountryName,
} from './names';
import { Random } from './random';
import { Zipf } from './zipf';

/**
 * The cast every document draws from. It depends on ranks alone, never on the corpus seed or on which
 * document asks, so an actor has one id, name and career in the whole corpus (and in any two corpora):
 * the heavy tail of the draws lands on the same nodes in the graph.
 */
export interface Actor {
  id: string;
  kind: ActorKind;
  name: string;
  subtype?: string;
  aliases: string[];
  description?: string;
}

/** A person in an office of a government for a term of whole years (roles over time). */
export interface Term {
  person: Actor;
  office: string;
  title: string;
  government: Actor;
  country: number;
  party: Actor;
  first: number;
  years: number;
  /** The first day after the term. */
  end: number;
  roleId: string;
}

/** Someone quoted or caught up in events: an expert, an executive, a detainee, with where they work. */
export interface Commentator {
  person: Actor;
  title: string;
  organisation: Actor | null;
  country: number;
  roleId: string | null;
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const NAME_SPACE = FIRST_NAMES.length * LAST_NAMES.length * 27;
const INITIALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Person n's name: a bijection on [0, NAME_SPACE), so every person's name (and id) is their own. */
export function personName(n: number): string {
  // 7919 is prime and shares no factor with NAME_SPACE: neighbours get unrelated names.
  const index = (n * 7919 + 104729) % NAME_SPACE;
  const first = FIRST_NAMES[index % FIRST_NAMES.length]!;
  const rest = Math.floor(index / FIRST_NAMES.length);
  const last = LAST_NAMES[rest % LAST_NAMES.length]!;
  const initial = Math.floor(rest / LAST_NAMES.length);
  return initial === 0 ? `${first} ${last}` : `${first} ${INITIALS[initial - 1]}. ${last}`;
}

function person(n: number, description?: string): Actor {
  const name = personName(n);
  const last = name.split(' ').pop()!;
  return {
    id: `person:${slug(name)}`,
    kind: 'PERSON',
    name,
    aliases: [last],
    ...(description ? { description } : {}),
  };
}

// Office holders are persons 0..OFFICE_PERSONS; the pool of commentators starts after them.
const OFFICE_PERSONS = 100_000;
const FIRST_TERM_YEAR = 1980;
const LAST_TERM_YEAR = 2036;

const COMMENTATOR_KINDS = [
  ['expert', 5],
  ['executive', 2],
  ['unionist', 1],
  ['detainee', 1],
  ['journalist', 1],
] as const;

export class World {
  readonly countries = COUNTRIES;
  /** Governments by rank: Canada's draws most often, as in the seed story. */
  readonly governmentRanks = new Zipf(COUNTRIES.length, 1.15);
  readonly sectorRanks = new Zipf(SECTORS.length, 1.0);
  readonly commentatorRanks: Zipf;
  readonly organisationRanks: Zipf;
  private readonly terms = new Map<string, Term[]>();

  /** The pools grow with the corpus, so a larger corpus has a longer tail, not only more of the same. */
  constructor(events: number) {
    const clamp = (n: number, low: number, high: number) => Math.min(high, Math.max(low, Math.round(n)));
    this.commentatorRanks = new Zipf(clamp(events / 12, 100, 50_000), 1.0);
    this.organisationRanks = new Zipf(clamp(events / 40, 40, 30_000), 1.05);
  }

  country(c: number): CountryName {
    return this.countries[c]!;
  }

  government(c: number): Actor {
    const { slug: s, name, capital } = this.country(c);
    const subtype = 'national government';
    return { id: `gov:${s}`, kind: 'GOVERNMENT', subtype, name: `Government of ${name}`, aliases: [capital] };
  }

  nation(c: number): Actor {
    const { slug: s, name } = this.country(c);
    return { id: `country:${s}`, kind: 'COUNTRY', name, aliases: [] };
  }

  capital(c: number): Actor {
    const { capital, name } = this.country(c);
    return {
      id: `place:${slug(capital)}`,
      kind: 'PLACE',
      subtype: 'city',
      name: capital,
      aliases: [],
      description: `Capital of ${name}.`,
    };
  }

  party(c: number, which: number): Actor {
    const { slug: s, name } = this.country(c);
    const party = PARTY_NAMES[(c + which) % PARTY_NAMES.length]!;
    const subtype = 'political party';
    return {
      id: `org:${slug(party)}-${s}`,
      kind: 'ORGANISATION',
      subtype,
      name: `${party} of ${name}`,
      aliases: [party],
    };
  }

  sector(rank: number): Actor {
    const name = SECTORS[rank]!;
    return { id: `sector:${slug(name)}`, kind: 'SECTOR', name, aliases: [] };
  }

  /** Who held `office` in country c's government on `day`. */
  holder(c: number, office: (typeof OFFICES)[number], day: number): Term {
    const terms = this.termsOf(c, office);
    return terms.find((term) => term.first <= day && day < term.end) ?? terms[terms.length - 1]!;
  }

  private termsOf(c: number, office: (typeof OFFICES)[number]): Term[] {
    const key = `${c}/${office}`;
    const known = this.terms.get(key);
    if (known) return known;
    const o = OFFICES.indexOf(office);
    const random = new Random(7001, c, o);
    const government = this.government(c);
    const title = office === 'leader' ? this.country(c).leader : office;
    const terms: Term[] = [];
    let first = dayOf(FIRST_TERM_YEAR - random.int(0, 6), random.int(1, 12), random.int(1, 28));
    for (let t = 0; first < dayOf(LAST_TERM_YEAR, 1, 1); t++) {
      const years = random.int(2, 8);
      const holder = person(c * 1000 + o * 100 + t, `${capitalise(title)} of ${this.country(c).name}.`);
      const start = civilOf(first);
      const end = dayOf(start.year + years, start.month, start.day);
      terms.push({
        person: holder,
        office,
        title,
        government,
        country: c,
        party: this.party(c, t % 2),
        first,
        years,
        end,
        roleId: `role:${holder.id.slice('person:'.length)}-${slug(title)}`,
      });
      first = end;
    }
    this.terms.set(key, terms);
    return terms;
  }

  /** Commentator by rank: a career fixed by the rank, whoever draws it. */
  commentator(rank: number): Commentator {
    const random = new Random(7002, rank);
    const country = this.governmentRanks.draw(random);
    const who = person(OFFICE_PERSONS + rank);
    const kind = random.weighted(COMMENTATOR_KINDS);
    const subtypeFor = {
      expert: random.chance(0.5) ? 'university' : 'think tank',
      executive: 'company',
      unionist: 'union',
      journalist: 'media outlet',
      detainee: '',
    }[kind];
    const organisation = subtypeFor
      ? this.organisation(this.organisationOfSubtype(random, subtypeFor))
      : null;
    const title = {
      expert: subtypeFor === 'university' ? 'professor' : 'senior fellow',
      executive: 'chief executive',
      unionist: 'president',
      journalist: 'correspondent',
      detainee: random.pick(['businessman', 'aid worker', 'former diplomat', 'engineer']),
    }[kind];
    const roleId = organisation ? `role:${who.id.slice('person:'.length)}-${slug(title)}` : null;
    return { person: who, title, organisation, country, roleId };
  }

  /** An organisation rank of the given subtype, near the head of the pool so the busy ones stay busy. */
  organisationOfSubtype(random: Random, subtype: string): number {
    const kind = ORG_KINDS.findIndex((k) => k.subtype === subtype);
    const size = this.organisationRanks.size;
    const round = Math.floor(this.organisationRanks.draw(random) / ORG_KINDS.length);
    const rank = INTERNATIONAL_ORGS.length + round * ORG_KINDS.length + kind;
    return rank < size ? rank : INTERNATIONAL_ORGS.length + kind;
  }

  organisation(rank: number): Actor {
    if (rank < INTERNATIONAL_ORGS.length) {
      const org = INTERNATIONAL_ORGS[rank]!;
      const subtype = 'international organisation';
      return { id: `org:${org.slug}`, kind: 'ORGANISATION', subtype, name: org.name, aliases: [org.alias] };
    }
    const j = rank - INTERNATIONAL_ORGS.length;
    const kind = ORG_KINDS[j % ORG_KINDS.length]!;
    const k = Math.floor(j / ORG_KINDS.length);
    const stem = COMPANY_STEMS[k % COMPANY_STEMS.length]!;
    const suffix = kind.suffixes[Math.floor(k / COMPANY_STEMS.length) % kind.suffixes.length]!;
    const home = this.country(
      Math.floor(k / (COMPANY_STEMS.length * kind.suffixes.length)) % this.countries.length,
    );
    const name =
      k < COMPANY_STEMS.length * kind.suffixes.length
        ? `${stem} ${suffix}`
        : `${home.adjective} ${stem} ${suffix}`;
    return {
      id: `org:${slug(name)}-${rank}`,
      kind: 'ORGANISATION',
      subtype: kind.subtype,
      name,
      aliases: [],
    };
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
