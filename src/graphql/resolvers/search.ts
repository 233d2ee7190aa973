import { DatabaseError } from '../../db/runner';
import { searchMatches } from '../../search/matches';
import {
  luceneQueryProblem,
  luceneWords,
  plainWords,
  plainWordsQuery,
  SEARCH_TEXT_MAX_LENGTH,
  type SearchSyntax,
} from '../../search/query-text';
import { listParam } from '../arguments';
import type { GraphQLContext } from '../context';
import { badInput } from '../errors';
import type { EntityMap } from '../loaders';
import { pageRequest, toConnection } from '../pagination';

const TYPENAMES = { ACTOR: 'Actor', EVENT: 'Event', STATEMENT: 'Statement', SOURCE: 'Source' } as const;
type SearchKind = keyof typeof TYPENAMES;

interface SearchArgs {
  text: string;
  syntax?: SearchSyntax | null;
  kinds?: SearchKind[] | null;
  first?: number | null;
  after?: string | null;
}

interface SearchHit {
  score: number;
  node: EntityMap;
  /** The searched words, for `matches`. */
  words: string[];
}

/** The Lucene query and the words to highlight, from the text as the analyst typed it. */
function readSearchText(text: string, syntax: SearchSyntax) {
  if (text.length > SEARCH_TEXT_MAX_LENGTH)
    throw badInput('text', `is ${text.length} characters long; the limit is ${SEARCH_TEXT_MAX_LENGTH}`);
  const trimmed = text.trim();
  if (!trimmed) throw badInput('text', 'is blank; give at least one word to search for');
  if (syntax === 'LUCENE') return { query: trimmed, words: luceneWords(trimmed) };
  const words = plainWords(trimmed);
  return { query: plainWordsQuery(words), words };
}

function cursorParam(key: Record<string, unknown> | null) {
  if (!key) return null;
  if (typeof key.score !== 'number' || typeof key.id !== 'string')
    throw badInput('after', 'not a cursor of this list');
  return { score: key.score, id: key.id };
}

/** Best first, then by id in code-point order, as the query pages them. */
function byScoreThenId(a: SearchHit, b: SearchHit): number {
  const [idA, idB] = [String(a.node.id), String(b.node.id)];
  return b.score - a.score || (idA < idB ? -1 : idA > idB ? 1 : 0);
}

export const searchResolvers = {
  Query: {
    async search(_: unknown, args: SearchArgs, { runner }: GraphQLContext) {
      const syntax = args.syntax ?? 'WORDS';
      const { query, words } = readSearchText(args.text, syntax);
      const chosen = listParam(args.kinds, 'kinds');
      const kinds = chosen.length > 0 ? chosen : (Object.keys(TYPENAMES) as SearchKind[]);
      const request = pageRequest('search', { first: args.first, after: args.after });
      // Only punctuation (`(`, `*`, `"`): nothing any index holds, so nothing found, without asking.
      if (query === null) return toConnection('search', request, [], () => ({}), 0);
      let rows;
      try {
        ({ rows } = await runner.read('search', {
          query,
          kinds: [...new Set(kinds)].map((kind) => TYPENAMES[kind]),
          cursor: cursorParam(request.cursor),
          limit: request.size + 1,
        }));
      } catch (error) {
        const problem =
          syntax === 'LUCENE' && error instanceof DatabaseError ? luceneQueryProblem(error.message) : null;
        if (problem) throw badInput('text', `Lucene cannot read this query: ${problem}`);
        throw error;
      }
      const [answer] = rows;
      const hits = ((answer?.page as Array<{ typename: string; score: number; node: EntityMap }>) ?? [])
        .map((hit): SearchHit => ({
          score: hit.score,
          node: { ...hit.node, __typename: hit.typename },
          words,
        }))
        .sort(byScoreThenId);
      const connection = toConnection(
        'search',
        request,
        hits,
        (hit) => ({ score: hit.score, id: hit.node.id }),
        (answer?.totalCount as number | undefined) ?? 0,
      );
      return { ...connection, edges: connection.edges.map(({ cursor, node: hit }) => ({ cursor, ...hit })) };
    },
  },
  SearchEdge: {
    matches: (edge: SearchHit) => searchMatches(String(edge.node.__typename), edge.node, edge.words),
  },
};
