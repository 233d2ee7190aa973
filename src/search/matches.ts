import type { TaggedNodeRow } from '../model/stored';
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

const strings = (...values: Array<string | null | undefined | Array<string | null | undefined>>): string[] =>
  values.flat().filter((item): item is string => typeof item === 'string');

/** The searchable fields of a found node, in the order matches are listed. */
function fieldsOf(hit: TaggedNodeRow): Array<readonly [SearchField, string[]]> {
  switch (hit.typename) {
    case 'Actor': {
      const actor = hit.node;
      return [
        ['NAME', strings(actor.name)],
        ['ALIAS', strings(actor.aliases ?? [])],
        ['METONYM', strings(actor.metonyms ?? [])],
        ['ROLE_TITLE', strings((actor.roles ?? []).map((role) => role.title))],
        ['DESCRIPTION', strings(actor.description)],
      ];
    }
    case 'Event':
      return [
        ['TITLE', strings(hit.node.title)],
        ['DESCRIPTION', strings(hit.node.description)],
      ];
    case 'Statement':
      return [
        ['TEXT', strings(hit.node.text)],
        ['SPEAKER_TITLE', strings(hit.node.speakerTitle)],
      ];
    case 'Source':
      return [['TITLE', strings(hit.node.title)]];
  }
}

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

/** The fields of a found node holding any of `words`. */
export function searchMatches(hit: TaggedNodeRow, words: readonly string[]): SearchMatch[] {
  const wanted = words.flatMap((word) => [...stemsOf(word)].map((stem) => [word, stem] as const));
  const matches: SearchMatch[] = [];
  for (const [field, values] of fieldsOf(hit)) {
    for (const value of values) {
      const stems = stemsOf(value);
      const found = [...new Set(wanted.filter(([, stem]) => stems.has(stem)).map(([word]) => word))];
      if (found.length > 0) matches.push({ field, value, words: found });
    }
  }
  return matches;
}
