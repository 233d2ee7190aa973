import type { DateTime } from 'luxon';
import type { z } from 'zod';
import { queries, type Query, type Rows } from '../db/queries';
import type { QueryRunner } from '../db/runner';
import {
  actorSchema,
  eventSchema,
  statementSchema,
  type ActorFact,
  type EventFact,
  type StatementFact,
} from '../model/document-schema';
import type {
  Declarations,
  PreparedActor,
  PreparedEvent,
  PreparedStatement,
  ReferenceNeeds,
} from '../model/prepared';
import { formatPath, type Problem } from '../model/problems';
import {
  FETCH_ALL,
  type EventFetch,
  type StoredActor,
  type StoredEvent,
  type StoredSource,
  type StoredStatement,
} from '../model/stored';
import { SOURCE_KINDS, type SourceKind } from '../model/vocabulary';
import {
  actorFields,
  describeChange,
  eventFields,
  statementFields,
  type ChangeFields,
  type ChangeKind,
  type FieldChange,
} from './changes';
import { FactChecker, type CitableSource } from './fact-checker';
import {
  shapeActor,
  shapeEvent,
  shapeStatement,
  type ActorInput,
  type EventInput,
  type Shaped,
  type StatementInput,
  type TimeInput,
} from './fact-input';
import type { Outcome } from './prepare-document';
import { checkReferences } from './references';
import { retime } from './time-network';
import type { StoredBasisProps } from '../model/stored-time';
import { actorRow, eventRow, statementRow } from './rows';

/** Where an upsert's input sits in the mutation's arguments: every problem path starts here. */
export const INPUT_PATH = 'input';

/** A fact refused before anything was written, with every problem located in the mutation's input. */
export class FactRejectedError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '));
    this.name = 'FactRejectedError';
  }
}

export interface FactWritten<Entity> {
  change: ChangeKind;
  changes: FieldChange[];
  /** The entity as now stored, shaped like its GraphQL type. */
  entity: Entity;
}

interface UpsertContext {
  sources: StoredSource[];
  event: StoredEvent | null;
  actor: StoredActor | null;
  statement: StoredStatement | null;
}

/**
 * How one kind of fact is upserted: the document's schema for that fact, the FactChecker's method and
 * the row builder the document ingest uses; only the write query (which replaces what the input's
 * source said) and the change report are the upsert's own.
 */
/** What every upsert input has: an id, and evidence naming a stored source. */
export interface FactInput {
  id: string;
  evidence: { source: string };
}

type NoExtra = Record<never, never>;

export interface UpsertKind<Input, Fact, Prepared, Row, Written, Entity, Extra extends object = NoExtra> {
  name: 'event' | 'actor' | 'statement';
  shape(input: Input, path: string): Shaped;
  parse(raw: unknown): z.ZodSafeParseResult<Fact>;
  /** The input's time (whose evidence may name a source of its own) and the field holding it. */
  time(input: Input): { field: string; time: TimeInput } | null;
  check(checker: FactChecker, fact: Fact, path: string): Prepared;
  /** The ids the fact declares (itself), for the reference check. */
  declare(fact: Fact, path: string): Omit<Declarations, 'sources'>;
  row(prepared: Prepared): Row;
  /** Writes the row; returns the fact as now stored. */
  query: Query<Rows<Row> & Extra, Written>;
  /** Parameters the write query needs beside its row (an event's: every list of its map). */
  extra: Extra;
  written(row: Written): Entity;
  stored(context: UpsertContext): Entity | null;
  fields: ChangeFields<Entity>;
  /** The events whose times the fact can change (an event and the one it is part of); none for others. */
  timed(prepared: Prepared): string[];
  /** The entity with what the time network re-derived for it. */
  retimed(entity: Entity, props: StoredBasisProps | undefined): Entity;
}

const untimed = { timed: () => [], retimed: <Entity>(entity: Entity) => entity };

const declaresNothing = { actors: [], events: [], statements: [] };

export const EVENT_UPSERT: UpsertKind<
  EventInput,
  EventFact,
  PreparedEvent,
  ReturnType<typeof eventRow>,
  { id: string; event: StoredEvent },
  StoredEvent,
  { fetch: EventFetch }
> = {
  name: 'event',
  shape: shapeEvent,
  parse: (raw) => eventSchema.safeParse(raw),
  time: (input) => ({ field: 'time', time: input.time }),
  check: (checker, fact, path) => checker.event(fact, path),
  declare: (event) => ({ ...declaresNothing, events: [event.id] }),
  row: eventRow,
  query: queries.upsertEvent,
  extra: { fetch: FETCH_ALL },
  written: (row) => row.event,
  stored: (context) => context.event,
  fields: eventFields,
  timed: (event) => [event.id, ...(event.partOf ? [event.partOf] : [])],
  retimed: (event, props) => (props ? { ...event, ...props } : event),
};

export const ACTOR_UPSERT: UpsertKind<
  ActorInput,
  ActorFact,
  PreparedActor,
  ReturnType<typeof actorRow>,
  { id: string; actor: StoredActor },
  StoredActor
> = {
  name: 'actor',
  shape: shapeActor,
  parse: (raw) => actorSchema.safeParse(raw),
  time: () => null,
  check: (checker, fact, path) => checker.actor(fact, path),
  declare: (actor, path) => ({ ...declaresNothing, actors: [{ id: actor.id, kind: actor.kind, path }] }),
  row: actorRow,
  query: queries.upsertActor,
  extra: {},
  written: (row) => row.actor,
  stored: (context) => context.actor,
  fields: actorFields,
  ...untimed,
};

export const STATEMENT_UPSERT: UpsertKind<
  StatementInput,
  StatementFact,
  PreparedStatement,
  ReturnType<typeof statementRow>,
  { id: string; statement: StoredStatement },
  StoredStatement
> = {
  name: 'statement',
  shape: shapeStatement,
  parse: (raw) => statementSchema.safeParse(raw),
  time: (input) => ({ field: 'said', time: input.said }),
  check: (checker, fact, path) => checker.statement(fact, path),
  declare: (statement) => ({ ...declaresNothing, statements: [statement.id] }),
  row: statementRow,
  query: queries.upsertStatement,
  extra: {},
  written: (row) => row.statement,
  stored: (context) => context.statement,
  fields: statementFields,
  ...untimed,
};

/** A fact alone, checked and resolved: what it declares and the ids it refers to beyond itself. */
export interface PreparedFact<Prepared> {
  prepared: Prepared;
  declared: Declarations;
  references: ReferenceNeeds;
}

/**
 * Checks one fact by the document's rules for that fact: its schema, then the FactChecker, with the
 * stored source its evidence names as the source its sentences are found in and its relative times
 * resolve against, and itself as the only id declared alongside. Problems are located in the input
 * (`input.evidence.sentence`); an unknown source is an unknown id. References are left to the database.
 */
export function prepareFact<
  Input extends FactInput,
  Fact,
  Prepared,
  Row,
  Written,
  Entity,
  Extra extends object,
>(
  kind: UpsertKind<Input, Fact, Prepared, Row, Written, Entity, Extra>,
  input: Input,
  stored: ReadonlyMap<string, StoredSource>,
): Outcome<PreparedFact<Prepared>> {
  const path = INPUT_PATH;
  const time = kind.time(input);
  const cited = citedSources(stored, input.evidence.source, time && { ...time, path });
  const shaped = kind.shape(input, path);
  const early = [...cited.problems, ...shaped.problems];
  if (early.length > 0) return { prepared: null, problems: early };
  const parsed = kind.parse(shaped.fact);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      path: formatPath([path, ...issue.path]),
      message: issue.message,
    }));
    return { prepared: null, problems };
  }
  const declared = { sources: [...cited.sources.keys()], ...kind.declare(parsed.data, path) };
  const checker = new FactChecker({
    sources: cited.sources,
    defaultSourceId: input.evidence.source,
    reference: cited.reference,
    actorKinds: new Map(declared.actors.map((actor) => [actor.id, actor.kind])),
    eventIds: new Set(declared.events),
  });
  const prepared = kind.check(checker, parsed.data, path);
  if (checker.problems.length > 0) return { prepared: null, problems: checker.problems };
  return { prepared: { prepared, declared, references: checker.references }, problems: [] };
}

/**
 * Upserts one fact in one write transaction: reads the sources its evidence names and the fact as
 * stored, prepares it (above), checks its references by the same query a document's are checked by,
 * writes it from the row a document would write, and returns what changed. Throws FactRejectedError,
 * after which nothing was written.
 */
export function upsertFact<
  Input extends FactInput,
  Fact,
  Prepared,
  Row,
  Written,
  Entity,
  Extra extends object,
>(
  runner: QueryRunner,
  kind: UpsertKind<Input, Fact, Prepared, Row, Written, Entity, Extra>,
  input: Input,
): Promise<FactWritten<Entity>> {
  const timeSourceId = kind.time(input)?.time.evidence?.source;
  const sourceIds = [...new Set([input.evidence.source, ...(timeSourceId ? [timeSourceId] : [])])];
  return runner.writeTransaction(`upsert-${kind.name} ${input.id}`, async (tx) => {
    const [context] = (await tx.run(queries.upsertContext, { id: input.id, sourceIds, fetch: FETCH_ALL }))
      .rows;
    if (!context) throw new Error('upsert-context answered no row');
    const stored = new Map(context.sources.map((source) => [source.id, source]));
    const outcome = prepareFact(kind, input, stored);
    if (!outcome.prepared) throw new FactRejectedError(outcome.problems);
    const fact = outcome.prepared;
    refuse((await checkReferences(tx, fact)).problems);

    const [written] = (await tx.run(kind.query, { ...kind.extra, rows: [kind.row(fact.prepared)] })).rows;
    if (!written) throw new Error(`${kind.query.name} answered no row`);
    const retimed = await retime(tx, kind.timed(fact.prepared));
    const entity = kind.retimed(kind.written(written), retimed.props.get(input.id));
    return { ...describeChange(kind.fields, kind.stored(context), entity), entity };
  });
}

function refuse(problems: Problem[]): void {
  if (problems.length > 0) throw new FactRejectedError(problems);
}

/**
 * The stored sources a fact alone may cite: the one its evidence names (its own: sentences are found
 * in its text, relative times resolve against its reference time), and for its time a REFERENCE source,
 * as a document's external sources are. An unknown source is an unknown id.
 */
function citedSources(
  stored: ReadonlyMap<string, StoredSource>,
  ownId: string,
  time: { field: string; time: TimeInput; path: string } | null,
): { sources: Map<string, CitableSource>; reference: DateTime | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const sources = new Map<string, CitableSource>();
  const known = (id: string, at: string): CitableSource | undefined => {
    const source = stored.get(id);
    if (!source) problems.push({ path: at, message: `unknown source id '${id}'`, code: 'UNKNOWN_ID' });
    return source && citable(source);
  };
  const own = known(ownId, `${INPUT_PATH}.evidence.source`);
  if (own) sources.set(own.id, own);
  const timeId = time?.time.evidence?.source;
  if (time && timeId && timeId !== ownId) {
    const at = `${time.path}.${time.field}.evidence.source`;
    const timeSource = known(timeId, at);
    if (timeSource && timeSource.kind !== 'REFERENCE') {
      problems.push({
        path: at,
        message: `'${timeId}' is a ${timeSource.kind}: a time may cite the fact's own source or a REFERENCE source`,
      });
    }
    if (timeSource) sources.set(timeSource.id, timeSource);
  }
  const ownStored = stored.get(ownId);
  const referenceTime = ownStored?.referenceTime ?? ownStored?.publishedAt ?? null;
  const reference = referenceTime ? referenceTime.setZone(ownStored?.timeZone ?? 'America/Toronto') : null;
  if (reference && !reference.isValid) {
    problems.push({
      path: `${INPUT_PATH}.evidence.source`,
      message: `unknown time zone '${ownStored?.timeZone}'`,
    });
  }
  return { sources, reference, problems };
}

export const upsertEvent = (runner: QueryRunner, input: EventInput) =>
  upsertFact(runner, EVENT_UPSERT, input);
export const upsertActor = (runner: QueryRunner, input: ActorInput) =>
  upsertFact(runner, ACTOR_UPSERT, input);
export const upsertStatement = (runner: QueryRunner, input: StatementInput) =>
  upsertFact(runner, STATEMENT_UPSERT, input);

/** A stored source as evidence may cite it; a kind outside the vocabulary is a stored-data fault. */
function citable(source: StoredSource): CitableSource {
  const kind = source.kind as SourceKind;
  if (!(kind in SOURCE_KINDS))
    throw new Error(`source '${source.id}' is stored with an unknown kind '${source.kind}'`);
  return { id: source.id, kind, text: source.text };
}
