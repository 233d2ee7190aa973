/**
 * Which fields of a found entity hold which of the searched words: a cheap highlight computed from the
 * entity the search returns, not Lucene's own explanation. Words are compared after lower-casing and a
 * light English stemming (possessives and plural or verb endings), close to what the index does.
 */

export type SearchField =
  'NAME' | 'ALIAS' | 'METONYM' | 'DESCRIPTION' | 'ROLE_TITLE' | 'TITLE' | 'TEXT' | 'SPEAKER_TITLE';

export interface SearchMatch {
  field: SearchField;
  /** The field's text (one alias, one office title) holding the words. */
  value: string;
  /** The searched words found in it, as searched. */
  words: string[];
}

type EntityMap = Record<string, unknown>;

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');

/** The searchable fields of each GraphQL type, in the order matches are listed. */
const FIELDS: Record<string, ReadonlyArray<readonly [SearchField, (entity: EntityMap) => string[]]>> = {
  Actor: [
    ['NAME', (actor) => strings(actor.name)],
    ['ALIAS', (actor) => strings(actor.aliases)],
    ['METONYM', (actor) => strings(actor.metonyms)],
    ['ROLE_TITLE', (actor) => strings(((actor.roles as EntityMap[] | undefined) ?? []).map((r) => r.title))],
    ['DESCRIPTION', (actor) => strings(actor.description)],
  ],
  Event: [
    ['TITLE', (event) => strings(event.title)],
    ['DESCRIPTION', (event) => strings(event.description)],
  ],
  Statement: [
    ['TEXT', (statement) => strings(statement.text)],
    ['SPEAKER_TITLE', (statement) => strings(statement.speakerTitle)],
  ],
  Source: [['TITLE', (source) => strings(source.title)]],
};

/** Lower-cased, without a possessive and one common ending: `tariffs` → `tariff`, `Xi's` → `xi`. */
export function lightStem(word: string): string {
  let stem = word.toLowerCase().replace(/['’]s?$/u, '');
  for (const [ending, keep] of [
    ['ies', 'y'],
    ['sses', 'ss'],
    ['ing', ''],
    ['ed', ''],
    ['s', ''],
  ] as const) {
    if (stem.endsWith(ending) && stem.length - ending.length >= 3 && !stem.endsWith('ss')) {
      stem = stem.slice(0, -ending.length) + keep;
      break;
    }
  }
  return stem;
}

function stemsOf(text: string): Set<string> {
  return new Set(
    text
      .split(/[^\p{L}\p{N}'’]+/u)
      .map((token) => lightStem(token.replace(/^['’]+/u, '')))
      .filter(Boolean),
  );
}

/** The fields of `entity` (of GraphQL type `typename`) holding any of `words`. */
export function searchMatches(typename: string, entity: EntityMap, words: readonly string[]): SearchMatch[] {
  const wanted = words.flatMap((word) => [...stemsOf(word)].map((stem) => [word, stem] as const));
  const matches: SearchMatch[] = [];
  for (const [field, valuesOf] of FIELDS[typename] ?? []) {
    for (const value of valuesOf(entity)) {
      const stems = stemsOf(value);
      const found = [...new Set(wanted.filter(([, stem]) => stems.has(stem)).map(([word]) => word))];
      if (found.length > 0) matches.push({ field, value, words: found });
    }
  }
  return matches;
}
