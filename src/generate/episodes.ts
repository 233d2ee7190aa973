import type { EventLinkType } from '../model/vocabulary';
import { civilOf, dayOf, plusMonths } from './calendar';
import type { EventDraft } from './draft';
import {
  commentator,
  drawCommentator,
  drawCountries,
  drawSectors,
  government,
  official,
  plainList,
  type Named,
  type Scene,
} from './mentions';
import {
  dayRange,
  endOfLasting,
  exactDay,
  futurePoint,
  lasting,
  pastPoint,
  since,
  type Worded,
} from './time-words';

/**
 * Episodes: the small stories a news document is made of (a visit and its meetings, a tariff and the
 * retaliation, an arrest, a detention and a release...). Each writes its events in the order of their
 * true days, so every link and part points back at an event already written and a document cut short
 * by the corpus size still holds only whole links. `current` episodes happen around the reference day
 * (with plans after it); `backstory` ones years before.
 */
export type Era = 'current' | 'backstory';
export type Episode = (scene: Scene, era: Era) => void;

function countryPair(scene: Scene): [number, number] {
  const [a, b] = drawCountries(scene, 2);
  return [a!, b!];
}

function countryTrio(scene: Scene): [number, number, number] {
  const [a, b, c] = drawCountries(scene, 3);
  return [a!, b!, c!];
}

function oneSector(scene: Scene) {
  return drawSectors(scene, 1)[0]!;
}

const FIRST_DAY = dayOf(1990, 1, 1);
const COARSE = new Set(['month', 'season', 'quarter', 'year', 'window', 'week', 'relative-day']);

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function when(words: Worded): string {
  return words.phrase ? ` ${words.phrase}` : '';
}

/** Says the sentence, records what its names state, writes the event; null when the document is full. */
function write(
  scene: Scene,
  sentence: string,
  named: Named[],
  draft: Omit<EventDraft, 'sentence'>,
): string | null {
  if (scene.doc.room <= 0) return null;
  const said = scene.doc.say(cap(sentence));
  for (const n of named) n.record(said);
  const outsideDay = COARSE.has(draft.time.form) && draft.day <= scene.reference && scene.random.chance(0.12);
  return scene.doc.event({ ...draft, sentence: said, outsideDay });
}

/** The later event's sentence states the link: "in retaliation for...", "...ending their detention". */
function link(scene: Scene, from: string | null, type: EventLinkType, to: string | null): void {
  if (!from || !to) return;
  const later = type === 'RETALIATION_FOR' || type === 'RESPONSE_TO' ? from : to;
  scene.doc.link(from, type, to, scene.doc.sentenceOf(later));
}

/** A first day for a backstory of `span` days, ending well before the reference; null if before 1990. */
function backstoryStart(scene: Scene, span: number): number | null {
  const latest = scene.reference - span - 60;
  const earliest = Math.max(FIRST_DAY, scene.reference - 20 * 365);
  if (latest < earliest) return null;
  return scene.random.int(earliest, latest);
}

/** Days up to the 28th only, so month arithmetic never clips. */
function dayUpTo28(day: number): number {
  const c = civilOf(day);
  return c.day <= 28 ? day : dayOf(c.year, c.month, 28);
}

const QUOTES = [
  'This is a new chapter in our relationship with {country}',
  'We will stand up for our {sector} producers',
  'Dialogue is the only way forward',
  'These measures are unjustified and we will respond',
  'Our door remains open to talks',
  'We expect a fair and transparent process',
  'No country should be coerced for defending its interests',
  'This agreement will create jobs on both sides',
  'We are deeply concerned and we want them home',
  'There is not going to be one quick fix',
  'We have to be clear-eyed about the risks',
  'The work continues over the next number of days',
];

function quote(scene: Scene, slots: { country: string; sector: string }): string {
  return scene.random.pick(QUOTES).replace('{country}', slots.country).replace('{sector}', slots.sector);
}

/** A leader's visit of some days abroad, its meetings and signing as parts, a quote about it. */
export const visit: Episode = (scene, era) => {
  const { random, world, reference } = scene;
  const start = era === 'current' ? reference - random.int(0, 2) : backstoryStart(scene, 10);
  if (start === null) return visit(scene, 'current');
  const [a, b] = countryPair(scene);
  const days = random.int(2, 5);
  const sender = government(scene, a);
  const leader = world.holder(a, 'leader', start);
  const host = world.holder(b, 'leader', start);
  const [L, H] = [official(scene, leader), official(scene, host)];
  const capital = world.capital(b);
  const time = dayRange(random, start, days);
  const running = start + days > reference;
  const visitId = write(
    scene,
    `${sender.words} sent ${L.words} to ${capital.name}, ${world.country(b).name}, ${time.phrase} for talks with ${H.words}.`,
    [sender, L, H],
    {
      type: 'VISIT',
      title: `${leader.person.aliases[0]} visits ${capital.name}`,
      status: running ? 'ONGOING' : 'HAPPENED',
      time,
      day: start,
      participants: [
        { actor: world.government(a), role: 'AGENT', mentionedAs: sender.words },
        { actor: leader.person, role: 'PARTICIPANT' },
        { actor: host.person, role: 'HOST' },
      ],
      place: capital,
    },
  );
  if (!visitId) return;
  scene.doc.relation(capital, 'LOCATED_IN', world.nation(b), scene.doc.sentenceOf(visitId));
  const [l, h] = [leader.person.aliases[0]!, host.person.aliases[0]!];
  for (let i = 0; i < days; i++) {
    if (i > 0 && !random.chance(0.6)) continue;
    const day = start + i;
    const words = exactDay(random, day, reference);
    const future = day > reference;
    write(
      scene,
      future
        ? `${l} will sit down with ${h}${when(words)}.`
        : `${l} met ${h} in ${capital.name}${when(words)}.`,
      [],
      {
        type: 'MEETING',
        title: `${l} meets ${h}`,
        status: future ? 'PLANNED' : 'HAPPENED',
        time: words,
        day,
        participants: [
          { actor: leader.person, role: 'AGENT' },
          { actor: host.person, role: 'COUNTERPART' },
        ],
        place: capital,
        partOf: visitId,
      },
    );
  }
  const remarksDay = start + random.int(0, days - 1);
  if (remarksDay <= reference && random.chance(0.6)) {
    const minister = world.holder(a, 'foreign minister', remarksDay);
    const M = official(scene, minister);
    const words = exactDay(random, remarksDay, reference);
    const claim = 'the talks had been productive';
    const id = write(
      scene,
      `${M.words} told reporters in ${capital.name}${when(words)} that ${claim}.`,
      [M],
      {
        type: 'PRESS_REMARKS',
        title: `${minister.person.aliases[0]} speaks to reporters in ${capital.name}`,
        status: 'HAPPENED',
        time: words,
        day: remarksDay,
        participants: [{ actor: minister.person, role: 'AGENT' }],
        place: capital,
        partOf: visitId,
      },
    );
    if (id) {
      scene.doc.statement({
        kind: 'REPORTED',
        text: `The talks in ${capital.name} had been productive.`,
        speaker: minister.person,
        speakerTitle: minister.title,
        speakerAffiliation: minister.government,
        said: words,
        about: [visitId],
        sentence: scene.doc.sentenceOf(id),
      });
    }
  }
  const sector = oneSector(scene);
  const last = start + days - 1;
  const signing = exactDay(random, last, reference);
  const signed = last <= reference;
  write(
    scene,
    signed
      ? `${l} and ${h} signed an agreement on ${sector.name} trade${when(signing)}.`
      : `${l} and ${h} are expected to sign an agreement on ${sector.name} trade${when(signing)}.`,
    [],
    {
      type: 'AGREEMENT',
      title: `Agreement on ${sector.name} trade`,
      status: signed ? 'HAPPENED' : 'EXPECTED',
      time: signing,
      day: last,
      participants: [
        { actor: leader.person, role: 'AGENT' },
        { actor: host.person, role: 'COUNTERPART' },
      ],
      sectors: [sector],
      partOf: visitId,
    },
  );
  if (random.chance(0.7)) {
    const text = quote(scene, { country: world.country(b).name, sector: sector.name });
    const said = era === 'current' && random.chance(0.4) ? policySaid() : exactDay(random, start, reference);
    const sentence = scene.doc.say(`"${text}," ${l} said${when(said)}.`);
    scene.doc.statement({
      kind: 'QUOTE',
      text,
      speaker: leader.person,
      speakerTitle: leader.title,
      speakerAffiliation: leader.government,
      said,
      about: [visitId],
      sentence,
    });
  }
};

function policySaid(): Worded {
  return { spec: { expression: 'undated, before publication' }, phrase: '', form: 'policy' };
}

/** Tariffs, retaliation, talks in response; a deal and easing, or the hope of it. */
export const tradeDispute: Episode = (scene, era) => {
  const { random, world, reference } = scene;
  const [a, b] = countryPair(scene);
  const gaps = [random.int(10, 90), random.int(15, 120), random.int(30, 300), random.int(5, 60)];
  const span = gaps.reduce((x, y) => x + y, 0);
  const d1 =
    era === 'current'
      ? reference - random.int(gaps[0]! + gaps[1]! + 5, gaps[0]! + gaps[1]! + 1500)
      : backstoryStart(scene, span);
  if (d1 === null) return tradeDispute(scene, 'current');
  const d2 = d1 + gaps[0]!;
  const d3 = d2 + gaps[1]!;
  const targeted = drawSectors(scene, random.int(1, 3));
  const answered = drawSectors(scene, random.int(1, 2));
  const A = government(scene, a);
  const inForce = era === 'current' && random.chance(0.4);
  const t1 = inForce ? since(random, d1, reference) : pastPoint(random, d1, reference);
  const names = (sectors: typeof targeted) => plainList(sectors.map((s) => s.name));
  const first = write(
    scene,
    inForce
      ? `${A.words} has kept tariffs on ${names(targeted)} from ${world.country(b).name} in force ${t1.phrase}.`
      : `${A.words} imposed tariffs on ${names(targeted)} from ${world.country(b).name}${when(t1)}.`,
    [A],
    {
      type: 'TARIFF_IMPOSED',
      title: `${world.country(a).name} tariffs on ${names(targeted)} from ${world.country(b).name}`,
      status: inForce ? 'ONGOING' : 'HAPPENED',
      time: t1,
      day: d1,
      participants: [
        { actor: world.government(a), role: 'AGENT', mentionedAs: A.words },
        { actor: world.nation(b), role: 'TARGET' },
      ],
      sectors: targeted,
    },
  );
  const B = government(scene, b);
  const t2 = pastPoint(random, d2, reference);
  const second = write(
    scene,
    `${B.words} imposed tariffs on ${world.country(a).adjective} ${names(answered)}${when(t2)} in retaliation for the duties on ${targeted[0]!.name}.`,
    [B],
    {
      type: 'TARIFF_IMPOSED',
      title: `${world.country(b).name} retaliates with tariffs on ${names(answered)}`,
      status: 'HAPPENED',
      time: t2,
      day: d2,
      participants: [{ actor: world.government(b), role: 'AGENT', mentionedAs: B.words }],
      sectors: answered,
    },
  );
  link(scene, second, 'RETALIATION_FOR', first);
  if (second && random.chance(0.6)) {
    const minister = world.holder(b, 'trade minister', d2);
    const M = official(scene, minister);
    const text = quote(scene, { country: world.country(a).name, sector: answered[0]!.name });
    const said = exactDay(random, d2, reference);
    const sentence = scene.doc.say(`"${text}," ${M.words} said${when(said)}.`);
    M.record(sentence);
    scene.doc.statement({
      kind: 'QUOTE',
      text,
      speaker: minister.person,
      speakerTitle: minister.title,
      speakerAffiliation: minister.government,
      said,
      about: [second],
      sentence,
    });
  }
  const talksOpen = era === 'current' && d3 < reference;
  const t3 = talksOpen ? since(random, d3, reference) : pastPoint(random, Math.min(d3, reference), reference);
  const [A2, B2] = [government(scene, a), government(scene, b)];
  const talks = write(
    scene,
    talksOpen
      ? `Trade talks between ${A2.words} and ${B2.words} have continued ${t3.phrase} in response to the retaliation.`
      : `${A2.words} and ${B2.words} opened trade talks${when(t3)} in response to the retaliation.`,
    [A2, B2],
    {
      type: 'NEGOTIATION',
      title: `${world.country(a).name}–${world.country(b).name} trade talks`,
      status: talksOpen ? 'ONGOING' : 'HAPPENED',
      time: t3,
      day: Math.min(d3, reference),
      participants: [
        { actor: world.government(a), role: 'AGENT', mentionedAs: A2.words },
        { actor: world.government(b), role: 'COUNTERPART', mentionedAs: B2.words },
      ],
    },
  );
  link(scene, talks, 'RESPONSE_TO', second);
  if (era === 'current') {
    const hoped = reference + random.int(1, 300);
    const words = futurePoint(random, hoped, reference);
    const B3 = government(scene, b);
    const eased = write(
      scene,
      `${cap(answered[0]!.name)} exporters are hoping ${B3.words} lifts the tariffs${when(words)} after the talks.`,
      [B3],
      {
        type: 'TARIFF_EASED',
        title: `${world.country(b).name} lifts tariffs on ${answered[0]!.name}`,
        status: 'HOPED',
        time: words,
        day: hoped,
        participants: [{ actor: world.government(b), role: 'AGENT', mentionedAs: B3.words }],
        sectors: [answered[0]!],
      },
    );
    link(scene, talks, 'FOLLOWED_BY', eased);
    return;
  }
  const d4 = d3 + gaps[2]!;
  const d5 = d4 + gaps[3]!;
  const t4 = pastPoint(random, d4, reference);
  const [A4, B4] = [government(scene, a), government(scene, b)];
  const deal = write(
    scene,
    `${A4.words} and ${B4.words} reached a deal ending the dispute${when(t4)}.`,
    [A4, B4],
    {
      type: 'AGREEMENT',
      title: `${world.country(a).name} and ${world.country(b).name} end their trade dispute`,
      status: 'HAPPENED',
      time: t4,
      day: d4,
      participants: [
        { actor: world.government(a), role: 'AGENT', mentionedAs: A4.words },
        { actor: world.government(b), role: 'COUNTERPART', mentionedAs: B4.words },
      ],
    },
  );
  link(scene, talks, 'FOLLOWED_BY', deal);
  const t5 = pastPoint(random, d5, reference);
  const B5 = government(scene, b);
  const eased = write(
    scene,
    `${B5.words} lifted its tariffs on ${names(answered)}${when(t5)} under the deal.`,
    [B5],
    {
      type: 'TARIFF_EASED',
      title: `${world.country(b).name} lifts tariffs on ${names(answered)}`,
      status: 'HAPPENED',
      time: t5,
      day: d5,
      participants: [{ actor: world.government(b), role: 'AGENT', mentionedAs: B5.words }],
      sectors: answered,
    },
  );
  link(scene, deal, 'CAUSED', eased);
};

/** An arrest on a third state's request, a detention in retaliation, its end or the hope of one. */
export const detention: Episode = (scene, era) => {
  const { random, world, reference } = scene;
  const [a, b, c] = countryTrio(scene);
  const months = random.int(6, 36);
  const held = era === 'current' && random.chance(0.4);
  let d2: number;
  if (held) d2 = reference - random.int(30, 1000);
  else {
    const end = era === 'current' ? reference - random.int(1, 400) : backstoryStart(scene, 0);
    if (end === null) return detention(scene, 'current');
    d2 = plusMonths(dayUpTo28(end), -months);
  }
  const d1 = d2 - random.int(3, 20);
  if (d1 < FIRST_DAY) return detention(scene, 'current');
  const x = drawCommentator(scene, (who) => who.country === b);
  const national = (who: { country: number }) => who.country === a;
  const [y, z] = [drawCommentator(scene, national), drawCommentator(scene, national)];
  if (new Set([x.person.id, y.person.id, z.person.id]).size < 3) return;
  const [A, C, X] = [government(scene, a), government(scene, c), commentator(scene, x)];
  const capital = world.capital(a);
  const t1 = pastPoint(random, d1, reference);
  const arrest = write(
    scene,
    `${A.words} arrested ${X.words} in ${capital.name}${when(t1)} at the request of ${C.words}.`,
    [A, C, X],
    {
      type: 'ARREST',
      title: `Arrest of ${x.person.name}`,
      status: 'HAPPENED',
      time: t1,
      day: d1,
      participants: [
        { actor: world.government(a), role: 'AGENT', mentionedAs: A.words },
        { actor: x.person, role: 'TARGET' },
        { actor: world.government(c), role: 'REQUESTER', mentionedAs: C.words },
      ],
      place: capital,
    },
  );
  const B = government(scene, b);
  const t2 = held ? since(random, d2, reference) : lasting(random, d2, months, 'month');
  const pair = `${y.person.name} and ${z.person.name}`;
  const xLast = x.person.aliases[0]!;
  const detained = write(
    scene,
    held
      ? `${B.words} has held ${pair}, two ${world.country(a).adjective} citizens, ${t2.phrase} in retaliation for the arrest of ${xLast}.`
      : `${B.words} detained ${pair}, two ${world.country(a).adjective} citizens, and held them ${t2.phrase} in retaliation for the arrest of ${xLast}.`,
    [B],
    {
      type: 'DETENTION',
      title: `Detention of ${pair}`,
      status: held ? 'ONGOING' : 'HAPPENED',
      time: t2,
      day: d2,
      participants: [
        { actor: world.government(b), role: 'AGENT', mentionedAs: B.words },
        { actor: y.person, role: 'TARGET' },
        { actor: z.person, role: 'TARGET' },
      ],
    },
  );
  link(scene, detained, 'RETALIATION_FOR', arrest);
  const names = `${y.person.aliases[0]} and ${z.person.aliases[0]}`;
  if (!held) {
    const freed = endOfLasting(d2, months, 'month');
    const t3 = pastPoint(random, freed, reference);
    const release = write(scene, `${names} were freed${when(t3)}, ending their detention.`, [], {
      type: 'RELEASE',
      title: `Release of ${pair}`,
      status: 'HAPPENED',
      time: t3,
      day: freed,
      participants: [
        { actor: y.person, role: 'TARGET' },
        { actor: z.person, role: 'TARGET' },
      ],
    });
    link(scene, detained, 'ENDED_BY', release);
  } else {
    const hopedDay = reference + random.int(1, 300);
    const hoped = futurePoint(random, hopedDay, reference);
    write(
      scene,
      `${world.country(a).adjective} officials are hoping for the release of ${names}${when(hoped)}.`,
      [],
      {
        type: 'RELEASE',
        title: `Hoped-for release of ${pair}`,
        status: 'HOPED',
        time: hoped,
        day: hopedDay,
        participants: [
          { actor: y.person, role: 'TARGET' },
          { actor: z.person, role: 'TARGET' },
        ],
      },
    );
  }
  const saidDay = Math.min(d2 + random.int(1, 10), reference);
  if (detained && random.chance(0.7)) {
    const minister = world.holder(a, 'foreign minister', saidDay);
    const M = official(scene, minister);
    const text = 'We are deeply concerned and we want them home';
    const said = exactDay(random, saidDay, reference);
    const sentence = scene.doc.say(`"${text}," ${M.words} said${when(said)}.`);
    M.record(sentence);
    scene.doc.statement({
      kind: 'QUOTE',
      text,
      speaker: minister.person,
      speakerTitle: minister.title,
      speakerAffiliation: minister.government,
      said,
      about: [detained, y.person.id],
      sentence,
    });
  }
};

/** An election, the winner taking office (a role with its term), the new government's first line. */
export const election: Episode = (scene, era) => {
  const { random, world, reference } = scene;
  const [a, b] = countryPair(scene);
  const current = world.holder(a, 'leader', reference);
  let term = current;
  if (era === 'backstory') {
    const earlier = world.holder(a, 'leader', current.first - 1);
    if (earlier.first >= FIRST_DAY + 90 && earlier.first < reference - 400) term = earlier;
  }
  const d2 = term.first;
  const d1 = d2 - random.int(14, 60);
  if (d1 < FIRST_DAY || d2 > reference) return visit(scene, era);
  const country = world.nation(a);
  const t1 = pastPoint(random, d1, reference);
  const vote = write(scene, `${country.name} held a general election${when(t1)}.`, [], {
    type: 'ELECTION',
    title: `${country.name} general election`,
    status: 'HAPPENED',
    time: t1,
    day: d1,
    participants: [{ actor: country, role: 'PARTICIPANT' }],
  });
  const L = official(scene, term);
  const t2 = pastPoint(random, d2, reference);
  const office = write(
    scene,
    `${L.words} took office${when(t2)} after the ${term.party.name} won the vote.`,
    [L],
    {
      type: 'TAKING_OFFICE',
      title: `${term.person.name} takes office`,
      status: 'HAPPENED',
      time: t2,
      day: d2,
      participants: [
        { actor: term.person, role: 'AGENT' },
        { actor: term.party, role: 'PARTICIPANT' },
      ],
    },
  );
  link(scene, vote, 'FOLLOWED_BY', office);
  const d3 = d2 + random.int(20, 400);
  if (d3 > reference) return;
  const G = government(scene, a);
  const t3 = pastPoint(random, d3, reference);
  const label = random.pick([
    'a strategic partner',
    'a disruptive power',
    'an essential ally',
    'a difficult neighbour',
  ]);
  const line = write(
    scene,
    `${G.words} described ${world.country(b).name} as ${label}${when(t3)}, a change of course after the new ${term.title} took office.`,
    [G],
    {
      type: 'POLICY_STATEMENT',
      title: `${world.country(a).name} calls ${world.country(b).name} ${label}`,
      status: 'HAPPENED',
      time: t3,
      day: d3,
      participants: [
        { actor: world.government(a), role: 'AGENT', mentionedAs: G.words },
        { actor: world.nation(b), role: 'SUBJECT' },
      ],
    },
  );
  link(scene, office, 'CAUSED', line);
};

const QUARTER_WORDS = ['first', 'second', 'third', 'fourth'];

/** A weak quarter, the forecast cut it caused, support announced in response, an expert's reading. */
export const economy: Episode = (scene, era) => {
  const { random, world, reference } = scene;
  const [a] = drawCountries(scene, 1);
  if (a === undefined) return;
  const back = era === 'current' ? random.int(100, 200) : random.int(400, 20 * 365);
  const inQuarter = reference - back;
  if (inQuarter < FIRST_DAY) return economy(scene, 'current');
  const c = civilOf(inQuarter);
  const q = Math.floor((c.month - 1) / 3);
  const quarterEnd = plusMonths(dayOf(c.year, 3 * q + 1, 1), 3);
  const country = world.nation(a);
  const phrase = `in the ${QUARTER_WORDS[q]} quarter of ${c.year}`;
  const report = write(scene, `${country.name}'s economy shrank ${phrase}, official figures showed.`, [], {
    type: 'ECONOMIC_REPORT',
    title: `${country.name}'s economy shrinks`,
    status: 'HAPPENED',
    time: { spec: { expression: phrase }, phrase, form: 'quarter' },
    day: dayOf(c.year, 3 * q + 1, 1),
    participants: [{ actor: country, role: 'SUBJECT' }],
  });
  const d2 = quarterEnd + random.int(10, 80);
  if (d2 > reference) return;
  const minister = world.holder(a, 'finance minister', d2);
  const M = official(scene, minister);
  const t2 = pastPoint(random, d2, reference);
  const cut = write(
    scene,
    `${M.words} cut the growth forecast${when(t2)} because of the weak quarter.`,
    [M],
    {
      type: 'FISCAL_UPDATE',
      title: `${minister.person.aliases[0]} cuts the growth forecast`,
      status: 'HAPPENED',
      time: t2,
      day: d2,
      participants: [{ actor: minister.person, role: 'AGENT' }],
    },
  );
  link(scene, report, 'CAUSED', cut);
  const d3 = d2 + random.int(5, 60);
  if (d3 > reference) return;
  const sector = oneSector(scene);
  const G = government(scene, a);
  const t3 = pastPoint(random, d3, reference);
  const support = write(
    scene,
    `${G.words} announced support for ${sector.name} producers${when(t3)} in response to the forecast.`,
    [G],
    {
      type: 'POLICY_ACTION',
      title: `${world.country(a).name} supports ${sector.name} producers`,
      status: 'HAPPENED',
      time: t3,
      day: d3,
      participants: [{ actor: world.government(a), role: 'AGENT', mentionedAs: G.words }],
      sectors: [sector],
    },
  );
  link(scene, support, 'RESPONSE_TO', cut);
  if (support && random.chance(0.6)) {
    const expert = drawCommentator(
      scene,
      (who) => who.title === 'professor' || who.title === 'senior fellow',
    );
    const E = commentator(scene, expert);
    const claim = `the slowdown would weigh on ${sector.name} exports`;
    const said = era === 'current' ? policySaid() : exactDay(random, d3, reference);
    const sentence = scene.doc.say(`${E.words} said${when(said)} that ${claim}.`);
    E.record(sentence);
    scene.doc.statement({
      kind: 'REPORTED',
      text: cap(`${claim}.`),
      speaker: expert.person,
      speakerTitle: expert.title,
      ...(expert.organisation ? { speakerAffiliation: expert.organisation } : {}),
      said,
      about: [support, world.nation(a).id],
      sentence,
    });
  }
};

/** Interference alleged, condemned in response, investment restricted as a result, an editorial. */
export const security: Episode = (scene, era) => {
  const { random, world, reference } = scene;
  const [a, b] = countryPair(scene);
  const gaps = [random.int(1, 30), random.int(5, 90), random.int(1, 30)];
  const span = gaps.reduce((x, y) => x + y, 0);
  const d1 = era === 'current' ? reference - random.int(span + 1, span + 120) : backstoryStart(scene, span);
  if (d1 === null) return security(scene, 'current');
  const B = government(scene, b);
  const t1 = pastPoint(random, d1, reference);
  const incident = write(
    scene,
    `${world.country(a).adjective} officials accused ${B.words} of interference in ${world.country(a).name}${when(t1)}.`,
    [B],
    {
      type: 'SECURITY_INCIDENT',
      title: `${world.country(b).name} accused of interference in ${world.country(a).name}`,
      status: 'HAPPENED',
      time: t1,
      day: d1,
      participants: [
        { actor: world.government(b), role: 'AGENT', mentionedAs: B.words },
        { actor: world.nation(a), role: 'TARGET' },
      ],
    },
  );
  const d2 = d1 + gaps[0]!;
  const minister = world.holder(a, 'foreign minister', d2);
  const M = official(scene, minister);
  const t2 = pastPoint(random, d2, reference);
  const condemned = write(scene, `${M.words} condemned the interference${when(t2)}.`, [M], {
    type: 'POLICY_STATEMENT',
    title: `${minister.person.aliases[0]} condemns the interference`,
    status: 'HAPPENED',
    time: t2,
    day: d2,
    participants: [{ actor: minister.person, role: 'AGENT' }],
  });
  link(scene, condemned, 'RESPONSE_TO', incident);
  const d3 = d2 + gaps[1]!;
  const sector = oneSector(scene);
  const G = government(scene, a);
  const open = era === 'current';
  const t3 = open ? since(random, d3, reference) : pastPoint(random, d3, reference);
  const restricted = write(
    scene,
    open
      ? `As a result of the interference, ${G.words} has restricted investment from ${world.country(b).name} in ${sector.name} ${t3.phrase}.`
      : `As a result of the interference, ${G.words} restricted investment from ${world.country(b).name} in ${sector.name}${when(t3)}.`,
    [G],
    {
      type: 'POLICY_ACTION',
      title: `${world.country(a).name} restricts ${world.country(b).adjective} investment in ${sector.name}`,
      status: open ? 'ONGOING' : 'HAPPENED',
      time: t3,
      day: d3,
      participants: [
        { actor: world.government(a), role: 'AGENT', mentionedAs: G.words },
        { actor: world.nation(b), role: 'TARGET' },
      ],
      sectors: [sector],
    },
  );
  link(scene, incident, 'CAUSED', restricted);
  const d4 = d3 + gaps[2]!;
  if (d4 > reference) return;
  const outlet = world.organisation(world.organisationOfSubtype(random, 'media outlet'));
  const t4 = pastPoint(random, d4, reference);
  const editorial = write(
    scene,
    `The ${outlet.name} said in an editorial${when(t4)} that the restrictions were overdue.`,
    [],
    {
      type: 'EDITORIAL',
      title: `${outlet.name} editorial on the investment restrictions`,
      status: 'HAPPENED',
      time: t4,
      day: d4,
      participants: [{ actor: outlet, role: 'AGENT' }],
    },
  );
  link(scene, editorial, 'RESPONSE_TO', restricted);
};

/** A multilateral summit of days, bilateral meetings on its sidelines, a joint agreement. */
export const summit: Episode = (scene, era) => {
  const { random, world, reference } = scene;
  const start = era === 'current' ? reference - random.int(0, 3) : backstoryStart(scene, 10);
  if (start === null) return summit(scene, 'current');
  const countries = drawCountries(scene, random.int(3, 5));
  const host = countries[0]!;
  const forum = world.organisation(random.int(0, 9));
  const capital = world.capital(host);
  const days = random.int(2, 3);
  const time = dayRange(random, start, days);
  const nations = countries.map((c) => world.nation(c));
  const listed = plainList(nations.map((n) => n.name));
  const gathering = write(
    scene,
    `Leaders from ${listed} gathered in ${capital.name} ${time.phrase} for the ${forum.aliases[0]} summit.`,
    [],
    {
      type: 'SUMMIT',
      title: `${forum.aliases[0]} summit in ${capital.name}`,
      status: start + days > reference ? 'ONGOING' : 'HAPPENED',
      time,
      day: start,
      participants: [
        ...nations.map((n) => ({ actor: n, role: 'PARTICIPANT' as const })),
        { actor: forum, role: 'HOST' },
      ],
      place: capital,
    },
  );
  if (!gathering) return;
  for (let i = 1; i < countries.length; i++) {
    if (!random.chance(0.6)) continue;
    const day = start + random.int(0, days - 1);
    // Who holds office is known as of the reference, not on a day still to come.
    const asOf = Math.min(day, reference);
    const [x, y] = [world.holder(host, 'leader', asOf), world.holder(countries[i]!, 'leader', asOf)];
    const [X, Y] = [official(scene, x), official(scene, y)];
    const words = exactDay(random, day, reference);
    const future = day > reference;
    write(
      scene,
      future
        ? `${X.words} and ${Y.words} will meet on the sidelines${when(words)}.`
        : `${X.words} and ${Y.words} met on the sidelines${when(words)}.`,
      [X, Y],
      {
        type: 'MEETING',
        title: `${x.person.aliases[0]} meets ${y.person.aliases[0]} at the ${forum.aliases[0]} summit`,
        status: future ? 'PLANNED' : 'HAPPENED',
        time: words,
        day,
        participants: [
          { actor: x.person, role: 'AGENT' },
          { actor: y.person, role: 'COUNTERPART' },
        ],
        place: capital,
        partOf: gathering,
      },
    );
  }
  const last = start + days - 1;
  const words = exactDay(random, last, reference);
  const sector = oneSector(scene);
  const done = last <= reference;
  write(
    scene,
    done
      ? `${listed} agreed${when(words)} to cut tariffs on ${sector.name}.`
      : `${listed} are expected to agree${when(words)} to cut tariffs on ${sector.name}.`,
    [],
    {
      type: 'AGREEMENT',
      title: `${forum.aliases[0]} agreement on ${sector.name} tariffs`,
      status: done ? 'HAPPENED' : 'EXPECTED',
      time: words,
      day: last,
      participants: nations.map((n) => ({ actor: n, role: 'PARTICIPANT' as const })),
      sectors: [sector],
      partOf: gathering,
    },
  );
};

/** How often each episode opens or fills a document. */
export const EPISODES = {
  visit,
  tradeDispute,
  detention,
  election,
  economy,
  security,
  summit,
} satisfies Record<string, Episode>;
export const EPISODE_WEIGHTS = [
  ['visit', 3],
  ['tradeDispute', 3],
  ['detention', 1],
  ['election', 1.5],
  ['economy', 1.5],
  ['security', 1.5],
  ['summit', 1],
] as const satisfies ReadonlyArray<readonly [keyof typeof EPISODES, number]>;
