import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  type ValidationContext,
  NoSchemaIntrospectionCustomRule,
  getNamedType,
  Kind,
  getNullableType,
  isListType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { Plugin } from 'graphql-yoga';
import type { QueryLimits } from './security-config';

export const LIMIT_CODE = 'QUERY_LIMIT_EXCEEDED';

/** Arguments whose value multiplies what a field costs: how many items (or hops) it may bring back. */
const PAGE_ARGUMENTS: ReadonlySet<string> = new Set(['first', 'last', 'limit', 'k', 'depth']);

/** An error that names the limit, its value and what the query asked. */
export function limitError(
  limit: string,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code: LIMIT_CODE, limit, ...extra } });
}

/**
 * Types returned by paged fields (connections, subgraphs, paths, chains): their own list fields are the
 * page, already counted by the paged field's multiplier, so they multiply by 1.
 */
const pageTypesBySchema = new WeakMap<GraphQLSchema, Set<string>>();

function pageTypes(schema: GraphQLSchema): Set<string> {
  const known = pageTypesBySchema.get(schema);
  if (known) return known;
  const names = new Set<string>();
  pageTypesBySchema.set(schema, names);
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((arg) => PAGE_ARGUMENTS.has(arg.name))) {
        names.add(getNamedType(field.type).name);
      }
    }
  }
  return names;
}

/**
 * The cost model: every field costs 1 plus what it selects, times how many items it may hold. A paged
 * field multiplies by its page arguments (`first`/`last`, `limit`, `k`, `depth`, as asked or by their
 * default; a connection's default page is 20); a plain list by `listSize`; the list fields of a page
 * type by 1 (they are that page). So nested pages multiply, as they do in the database.
 */
export function costEstimator(schema: GraphQLSchema, listSize: number) {
  const pages = pageTypes(schema);
  return ({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number => {
    let multiplier = 1;
    const paged = field.args.filter((arg) => PAGE_ARGUMENTS.has(arg.name));
    if (paged.length > 0) {
      for (const arg of paged) {
        const value: unknown = args[arg.name];
        if (typeof value === 'number' && value > 0) multiplier *= value;
      }
      // A connection asked without first/last gets the resolvers' default page.
      if (paged.every((arg) => args[arg.name] == null) && field.args.some((a) => a.name === 'first')) {
        multiplier = 20;
      }
    } else if (
      isListType(getNullableType(field.type)) &&
      !pages.has(type.name) &&
      !type.name.startsWith('__')
    ) {
      multiplier = listSize;
    }
    return 1 + multiplier * childComplexity;
  };
}

/** The cost of one operation of a document under the model above. */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  listSize: number,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [costEstimator(schema, listSize)],
  });
}

/** Rejections from graphql-armor become our error: the limit's name in `extensions.limit`, no "Syntax Error". */
function armorRejected(limit: string) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const message = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(limitError(limit, `${message} (limit: ${limit})`));
  };
}

/** Every limit on a query document, checked before anything runs. */
export function limitPlugins(limits: QueryLimits): Plugin[] {
  const plugins: Plugin[] = [
    maxTokensPlugin({ n: limits.maxTokens }),
    maxDepthPlugin({
      n: limits.maxDepth,
      // Introspection counts too; only a field named __schema is introspection, never an operation or fragment.
      ignoreIntrospection: false,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [armorRejected('depth')],
    }),
    maxAliasesPlugin({
      n: limits.maxAliases,
      // __typename counts too: 2,000 aliases of it are 2,000 fields to answer.
      allowList: [],
      propagateOnRejection: false,
      onReject: [armorRejected('aliases')],
    }),
    maxDirectivesPlugin({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [armorRejected('directives')],
    }),
    costPlugin(limits),
  ];
  if (!limits.suggestions) plugins.push(blockFieldSuggestionsPlugin({ mask: '' }));
  if (!limits.introspection) {
    plugins.push({
      onValidate({ addValidationRule }) {
        addValidationRule(NoSchemaIntrospectionCustomRule);
      },
    });
  }
  return plugins;
}

function costError(max: number, cost: number): GraphQLError {
  return limitError(
    'cost',
    `Query cost limit of ${max} exceeded, found ${cost} (limit: cost). The cost multiplies the page ` +
      'sizes of nested lists (first/last, limit, k, depth): ask for smaller pages or fewer levels',
    { cost, maxCost: max },
  );
}

/**
 * The cost is checked twice. As a validation rule beside the depth, alias and directive rules, so one
 * answer names every limit a document breaks; it sees no variables (validation results are cached by
 * document), so page sizes given as variables count by their defaults there. Then once more before
 * execution with the request's variables, so `first: $n` counts as asked.
 */
function costPlugin(limits: QueryLimits): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule((context: ValidationContext) => ({
        Document(document: DocumentNode) {
          for (const definition of document.definitions) {
            if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
            let cost: number;
            try {
              cost = queryCost(context.getSchema(), document, limits.listSize, {}, definition.name?.value);
            } catch {
              // Required variables not known here: the check before execution counts this operation.
              continue;
            }
            if (cost > limits.maxCost) context.reportError(costError(limits.maxCost, cost));
          }
        },
      }));
    },
    onExecute({ args, setResultAndStopExecution }) {
      const variables = args.variableValues as Record<string, unknown> | undefined | null;
      if (!variables || Object.keys(variables).length === 0) return;
      let cost: number;
      try {
        cost = queryCost(
          args.schema as GraphQLSchema,
          args.document as DocumentNode,
          limits.listSize,
          variables,
          (args.operationName as string | undefined | null) ?? undefined,
        );
      } catch {
        // Variables that do not fit the operation: execution names the problem.
        return;
      }
      if (cost > limits.maxCost) setResultAndStopExecution({ errors: [costError(limits.maxCost, cost)] });
    },
  };
}

type OneResult = { data?: unknown; errors?: readonly GraphQLError[]; extensions?: unknown };

/** A streamed result (subscriptions, @defer): left as it is. */
export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Parse-time rejections (the token limit) arrive as syntax errors; they become limit errors too. */
function shapeTokenErrors(result: OneResult): OneResult {
  if (!result.errors?.some((error) => /^Syntax Error: Token limit/.test(error.message))) return result;
  return {
    ...result,
    errors: result.errors.map((error) =>
      /^Syntax Error: Token limit/.test(error.message)
        ? limitError('tokens', `${error.message.replace(/^Syntax Error: /, '')} (limit: tokens)`)
        : error,
    ),
  };
}

/**
 * A response over `maxResponseBytes` is replaced by an error that says so, sent instead of the data.
 * Must come before plugins that decorate errors (the request id).
 */
export function responsePlugin(limits: QueryLimits): Plugin {
  const cap = (result: OneResult): OneResult => {
    const shaped = shapeTokenErrors(result);
    if (shaped.data == null) return shaped;
    const bytes = Buffer.byteLength(JSON.stringify(shaped));
    if (bytes <= limits.maxResponseBytes) return shaped;
    return {
      errors: [
        new GraphQLError(
          `the response would be ${bytes} bytes, over the limit of ${limits.maxResponseBytes} (RESPONSE_MAX_BYTES); ask for fewer fields or smaller pages`,
          { extensions: { code: 'RESPONSE_TOO_LARGE', bytes, maxBytes: limits.maxResponseBytes } },
        ),
      ],
    };
  };
  return {
    onResultProcess(payload) {
      const { result } = payload;
      const setResult = (next: typeof result) => payload.setResult(next);
      if (Array.isArray(result)) setResult(result.map(cap));
      else if (!isAsyncIterable(result)) setResult(cap(result));
    },
  };
}
