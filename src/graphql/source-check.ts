import { admits, narrows, type SourceScope } from '../model/source-scope';
import type { GraphQLContext } from './context';
import { notFound } from './errors';

/**
 * Refuses a scope that names a source which does not exist (NOT_FOUND, naming it), for the fields whose
 * own query has no place to report it. Costs a lookup only when `sources` is given; batched and cached
 * with every other source lookup of the request.
 */
export async function mustBeSources(scope: SourceScope, { loaders }: Pick<GraphQLContext, 'loaders'>) {
  if (scope.sources.length === 0) return;
  const found = await loaders.source.loadMany(scope.sources);
  const missing = scope.sources.find((_, i) => !found[i] || found[i] instanceof Error);
  if (missing) throw notFound('source', missing);
}

/**
 * The facts of a nested list that the scope admits, by the source each one names. Sources are loaded in
 * one batch for the whole request, and not at all when the scope is open.
 */
export async function assertedBy<Fact>(
  facts: Fact[],
  sourceIdOf: (fact: Fact) => string | null | undefined | Array<string | null | undefined>,
  scope: SourceScope | null | undefined,
  { loaders }: Pick<GraphQLContext, 'loaders'>,
): Promise<Fact[]> {
  if (!scope || !narrows(scope) || facts.length === 0) return facts;
  const idsOf = (fact: Fact) => [sourceIdOf(fact)].flat().filter((id): id is string => !!id);
  const ids = [...new Set(facts.flatMap(idsOf))];
  const sources = await loaders.source.loadMany(ids);
  const admitted = new Set(
    sources.flatMap((source) =>
      source && !(source instanceof Error) && admits(scope, source) ? [source.id] : [],
    ),
  );
  // A fact stated by several sources counts when any of them is admitted.
  return facts.filter((fact) => idsOf(fact).some((id) => admitted.has(id)));
}
