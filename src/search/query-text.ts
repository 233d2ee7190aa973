/**
 * What the analyst typed, turned into a Lucene query for the full-text indexes. Plain words are the
 * default: every Lucene special character is escaped and operators are lower-cased into words, so no
 * input can be a syntax error. `LUCENE` passes the text through for analysts who want the syntax.
 */

export type SearchSyntax = 'WORDS' | 'LUCENE';

/** Longer text is refused: a search is a few words, not a document. */
export const SEARCH_TEXT_MAX_LENGTH = 500;

/** Indexed properties and their weight in plain-words mode: a name counts more than a passing mention. */
export const FIELD_BOOSTS: ReadonlyArray<readonly [field: string, boost: number]> = [
  ['name', 4],
  ['aliases', 3],
  ['metonyms', 3],
  ['title', 2],
  ['speakerTitle', 1.5],
  ['description', 1],
  ['text', 1],
];

/** A phrase of all the words scores extra, so "prime minister" ranks the office above "minister". */
const PHRASE_BOOST = 2;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A word with every character the classic Lucene query parser treats specially escaped. */
export function escapeLucene(word: string): string {
  return word.replace(LUCENE_SPECIAL, (character) => `\\${character}`);
}

/**
 * The words of plain text: split at white space and lower-cased (so `AND`, `OR`, `NOT` are words, not
 * operators); pieces with no letter or digit (`(`, `"`, `*`) are dropped since no index holds them.
 */
export function plainWords(text: string): string[] {
  return text
    .split(/\s+/u)
    .filter((piece) => HAS_WORD_CHARACTER.test(piece))
    .map((piece) => piece.toLowerCase());
}

/**
 * The Lucene query for plain words: any word in any field, each field weighted (`name:(...)^4`), plus
 * a boosted phrase of all the words when there are several. Null when there are no words.
 */
export function plainWordsQuery(words: readonly string[]): string | null {
  if (words.length === 0) return null;
  const terms = words.map(escapeLucene).join(' ');
  const clauses = FIELD_BOOSTS.map(([field, boost]) => `${field}:(${terms})^${boost}`);
  if (words.length > 1) clauses.push(`"${terms}"^${PHRASE_BOOST}`);
  return clauses.join(' ');
}

const LUCENE_OPERATORS = new Set(['AND', 'OR', 'NOT', 'TO']);

/**
 * The words of a Lucene query, for showing which fields matched: bare terms, without operators or the
 * field names before `:`. Wildcard and fuzzy terms keep only their letters, so they may match unseen.
 */
export function luceneWords(query: string): string[] {
  const words: string[] = [];
  for (const match of query.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?(:?)/gu)) {
    const [whole, fieldMark] = match;
    if (fieldMark || LUCENE_OPERATORS.has(whole)) continue;
    words.push(whole.toLowerCase());
  }
  return [...new Set(words)];
}

/**
 * Lucene's own complaint when a LUCENE-syntax query cannot be run (a parse error, a lexical error, a
 * wildcard that expands to too many terms), from the database's error message; null for anything else.
 */
export function luceneQueryProblem(message: string): string | null {
  const match =
    /org\.apache\.lucene\.[\w.$]*(?:ParseException|TokenMgrError|TooManyClauses|TooManyNestedClauses):\s*([^\n]*)/.exec(
      message,
    );
  return match ? match[1]!.trim() || 'the query cannot be read' : null;
}
