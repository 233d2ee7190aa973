import { withoutUnfetched } from '../../model/stored';
import { eventFetchOf } from '../event-fetch';
import { queries } from '../../db/queries';
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
import { listParam, sourceParams, sourceScope } from '../arguments';
import { mustBeSources } from '../source-check';
import { badInput } from '../errors';
import type { Resolvers, SearchKind } from '../generated/resolvers';
import { pageRequest, toConnection } from '../pagination';
import type { SearchConnectionParent } from '../parents';
import { selects } from '../selection';
import { tagged } from '../tagged';

const TYPENAMES = { ACTOR: 'Actor', EVENT: 'Event', STATEMENT: 'Statement', SOURCE: 'Source' } as const;
const ALL_KINDS: SearchKind[] = ['ACTOR', 'EVENT', 'STATEMENT', 'SOURCE'];

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

interface Hit {
  score: number;
  row: Parameters<typeof searchMatches>[0];
}

/** Best first, then by id in code-point order, as the query pages them. */
function byScoreThenId(a: Hit, b: Hit): number {
  const [idA, idB] = [a.row.node.id, b.row.node.id];
  return b.score - a.score || (idA < idB ? -1 : idA > idB ? 1 : 0);
}

export const searchResolvers: Resolvers = {
  Query: {
    async search(_, args, context, info): Promise<SearchConnectionParent> {
      const { runner } = context;
      const askedSources = sourceScope(args);
      const syntax = args.syntax ?? 'WORDS';
      const { query, words } = readSearchText(args.text, syntax);
      const kinds = listParam(args.kinds, 'kinds');
      const request = pageRequest('search', { first: args.first, after: args.after });
      await mustBeSources(askedSources, context);
      // Only punctuation (`(`, `*`, `"`): nothing any index holds, so nothing found, without asking.
      if (query === null) return { ...toConnection('search', request, [], () => ({}), 0), edges: [] };
      let answer;
      try {
        [answer] = (
          await runner.read(queries.search, {
            query,
            kinds: [...new Set(kinds.length > 0 ? kinds : ALL_KINDS)].map((kind) => TYPENAMES[kind]),
            ...sourceParams(askedSources),
            cursor: cursorParam(request.cursor),
            limit: request.size + 1,
            withTotal: selects(info, 'totalCount'),
            fetch: eventFetchOf(info),
          })
        ).rows;
      } catch (error) {
        const problem =
          syntax === 'LUCENE' && error instanceof DatabaseError ? luceneQueryProblem(error.message) : null;
        if (problem) throw badInput('text', `Lucene cannot read this query: ${problem}`);
        throw error;
      }
      const hits = (answer?.page ?? []).map((row) => ({ score: row.score, row })).sort(byScoreThenId);
      const connection = toConnection(
        'search',
        request,
        hits,
        (hit) => ({ score: hit.score, id: hit.row.node.id }),
        answer?.totalCount ?? 0,
      );
      return {
        ...connection,
        edges: connection.edges.map(({ cursor, node: hit }) => ({
          cursor,
          score: hit.score,
          node: {
            ...tagged(
              hit.row.typename === 'Event' ? { ...hit.row, node: withoutUnfetched(hit.row.node) } : hit.row,
            ),
            askedSources,
          },
          matches: searchMatches(hit.row, words),
        })),
      };
    },
  },
};
