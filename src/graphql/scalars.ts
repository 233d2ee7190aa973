import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { DateTime } from 'luxon';
import { inStoryZone, parseDateArgument, TimeExpressionError, type FuzzyTime } from '../time';

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize(value) {
    // One zone policy (src/time/zone.ts): the story's zone, with its offset.
    if (DateTime.isDateTime(value)) return inStoryZone(value).toISO();
    if (typeof value === 'string') return value;
    throw new GraphQLError(`DateTime cannot represent ${String(value)}`);
  },
  parseValue(value) {
    return parseInstant(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badPartialDate('a DateTime must be a string');
    return parseInstant(ast.value);
  },
});

/** A full or partial ISO date argument, read as the fuzzy interval it names ("2025" is the year). */
export const PartialDateScalar = new GraphQLScalarType<FuzzyTime, string>({
  name: 'PartialDate',
  serialize(value) {
    if (isFuzzyTime(value)) return value.expression;
    throw new GraphQLError(`PartialDate cannot represent ${String(value)}`);
  },
  parseValue(value) {
    if (typeof value !== 'string')
      throw badPartialDate(`expected a string such as "2025-03", got ${JSON.stringify(value)}`);
    return readPartialDate(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badPartialDate('expected a string such as "2025-03"');
    return readPartialDate(ast.value);
  },
});

function isFuzzyTime(value: unknown): value is FuzzyTime {
  return typeof value === 'object' && value !== null && 'expression' in value && 'earliestStart' in value;
}

/**
 * Reading a date argument resolves a fuzzy time (luxon zone arithmetic), and a request reads its literals
 * again each time a resolver looks at its selection (graphql-parse-resolve-info), so each text is read
 * once. The reading is pure (no clock) and the answer frozen, so sharing it is safe.
 */
const partialDates = new Map<string, Readonly<FuzzyTime>>();
const PARTIAL_DATES_KEPT = 1_000;

function readPartialDate(text: string): FuzzyTime {
  const known = partialDates.get(text);
  if (known) return known;
  if (partialDates.size >= PARTIAL_DATES_KEPT) partialDates.clear();
  const read = Object.freeze(parseOrRefuse(text));
  partialDates.set(text, read);
  return read;
}

function parseOrRefuse(text: string): FuzzyTime {
  try {
    return parseDateArgument(text);
  } catch (error) {
    if (error instanceof TimeExpressionError) throw badPartialDate(error.message);
    throw error;
  }
}

function parseInstant(value: unknown): DateTime {
  const parsed = typeof value === 'string' ? DateTime.fromISO(value, { setZone: true }) : null;
  if (!parsed?.isValid) throw badPartialDate(`not an ISO date-time: ${JSON.stringify(value)}`);
  return parsed;
}

function badPartialDate(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** The coercion functions only, so the SDL's descriptions of the scalars stay. */
const coercion = (scalar: typeof DateTimeScalar | typeof PartialDateScalar | typeof GraphQLJSON) => ({
  serialize: scalar.serialize.bind(scalar),
  parseValue: scalar.parseValue.bind(scalar),
  parseLiteral: scalar.parseLiteral.bind(scalar),
});

export const scalarResolvers = {
  DateTime: coercion(DateTimeScalar),
  PartialDate: coercion(PartialDateScalar),
  JSON: coercion(GraphQLJSON),
};
