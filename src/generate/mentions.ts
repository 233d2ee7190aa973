import type { DocumentDraft } from './draft';
import type { Random } from './random';
import { endOfLasting, lasting, since } from './time-words';
import type { Actor, Commentator, Term, World } from './world';

/**
 * How the sentences name actors, and the facts a naming carries: "Ottawa" is a metonym for the
 * Government of Canada; "Foreign Minister Lena Varga" is a role; "a professor at Northgate University"
 * is a role in that organisation. Each helper gives the words, then records its facts once the
 * sentence holding them is said.
 */
export interface Scene {
  doc: DocumentDraft;
  random: Random;
  world: World;
  /** The reference day (publication or capture) as a day number. */
  reference: number;
}

export interface Named {
  words: string;
  /** Records what the words stated, given the sentence they ended up in. */
  record(sentence: string): void;
}

export function titleCase(title: string): string {
  return title.replace(/(^|\s)([a-z])/g, (_, space: string, letter: string) => space + letter.toUpperCase());
}

/** A government by its name, its people ("the Canadian government") or its capital ("Ottawa"). */
export function government(scene: Scene, c: number): Named {
  const { world, doc } = scene;
  const gov = world.government(c);
  const country = world.country(c);
  const roll = scene.random.next();
  if (roll < 0.35) {
    const capital = world.capital(c);
    return {
      words: country.capital,
      record: (sentence) => doc.metonym(country.capital, capital, gov, sentence),
    };
  }
  const words = roll < 0.7 ? `the ${country.adjective} government` : `the ${gov.name}`;
  return { words, record: (sentence) => doc.mention(gov, sentence) };
}

/**
 * An office holder with their title ("Trade Minister Lena Varga"); at a first mention, sometimes a
 * sentence on their career, which is where the role is declared: an office role always has its time.
 */
export function official(scene: Scene, term: Term): Named {
  const words = `${titleCase(term.title)} ${term.person.name}`;
  return {
    words,
    record: (sentence) => {
      const first = !scene.doc.declares(term.person.id);
      scene.doc.mention(term.person, sentence);
      if (first && scene.random.chance(0.3)) career(scene, term);
    },
  };
}

/**
 * "Varga, of the Progressive Alliance, has been trade minister since March 2004." A role over time: open
 * while the term runs at the reference, else of its stated length. Declared once per document.
 */
function career(scene: Scene, term: Term): void {
  const { doc, random, reference } = scene;
  if (term.first > reference) return;
  const last = term.person.aliases[0] ?? term.person.name;
  const running = term.end > reference;
  const time = running
    ? since(random, term.first, reference)
    : lasting(random, term.first, term.years, 'year');
  if (!running && endOfLasting(term.first, term.years, 'year') !== term.end) return;
  const sentence = doc.say(
    running
      ? `${last}, of the ${term.party.name}, has been ${term.title} ${time.phrase}.`
      : `${last}, of the ${term.party.name}, served as ${term.title} ${time.phrase}.`,
  );
  doc.relation(term.person, 'MEMBER_OF', term.party, sentence);
  doc.role(term.roleId, term.person, term.title, term.government, sentence, time.spec);
}

/** "Lena Varga, a professor at Northgate University," or a detainee by what they do. */
export function commentator(scene: Scene, who: Commentator): Named {
  const { organisation } = who;
  const words = organisation
    ? `${who.person.name}, ${article(who.title)} ${who.title} at ${organisation.name},`
    : `${who.person.name}, ${article(who.title)} ${scene.world.country(who.country).adjective} ${who.title},`;
  return {
    words,
    record: (sentence) => {
      if (organisation && who.roleId)
        scene.doc.role(who.roleId, who.person, who.title, organisation, sentence);
      else scene.doc.mention(who.person, sentence);
    },
  };
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

export function plainList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Countries for an episode, the first most often the corpus's home (Canada, rank 0: the sources are a
 * Canadian desk's, as the seed story's), the rest by rank: one government in a large share of events.
 */
export function drawCountries(scene: Scene, count: number): number[] {
  const taken = new Set<number>();
  const chosen: number[] = [];
  if (scene.random.chance(HOME_SHARE)) {
    taken.add(0);
    chosen.push(0);
  }
  while (chosen.length < count) {
    const c = scene.world.governmentRanks.drawExcept(scene.random, taken);
    taken.add(c);
    chosen.push(c);
  }
  return chosen;
}

const HOME_SHARE = 0.45;

export function drawSectors(scene: Scene, count: number): Actor[] {
  const taken = new Set<number>();
  const sectors: Actor[] = [];
  while (sectors.length < count) {
    const rank = scene.world.sectorRanks.drawExcept(scene.random, taken);
    taken.add(rank);
    sectors.push(scene.world.sector(rank));
  }
  return sectors;
}

export function drawCommentator(scene: Scene, kind?: (c: Commentator) => boolean): Commentator {
  for (let attempt = 0; attempt < 20; attempt++) {
    const who = scene.world.commentator(scene.world.commentatorRanks.draw(scene.random));
    if (!kind || kind(who)) return who;
  }
  return scene.world.commentator(scene.world.commentatorRanks.draw(scene.random));
}
