import neo4j, { type Driver, type ResultSummary, type Transaction, Neo4jError } from 'neo4j-driver';
import { fromNeo4j, toNeo4j } from './convert';
import type { Query } from './queries';
import type { QueryCatalog } from './query-catalog';

export interface QueryOutcome<Row> {
  rows: Row[];
  summary: ResultSummary;
}

/** What the database counted for a write: nodes and relationships created, properties set. */
export type WriteCounters = ReturnType<ResultSummary['counters']['updates']>;

/** What the runner reports for each query it sends; tests use it to count round trips. */
export interface QueryEvent {
  name: string;
  mode: 'read' | 'write';
  /** The text and parameters as sent (absent for a batched migration): the benchmark replays them. */
  sent?: { text: string; params: unknown };
}

/** A database failure with a code the API can expose (GraphQL `extensions.code`). */
export class DatabaseError extends Error {
  constructor(
    message: string,
    readonly code: 'DATABASE_UNAVAILABLE' | 'DATABASE_TIMEOUT' | 'DATABASE_BUSY' | 'DATABASE_ERROR',
    readonly neo4jCode?: string,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}

/** Retry delays for a transient failure, one per attempt after the first. */
const RETRY_DELAYS_MS = [25, 100, 250, 500];
/**
 * How long a unit of work is retried: briefly when the database does not answer (a pooled connection that
 * died with a restarted server is replaced at once; a server that is down stays down), longer for a
 * transient failure of a server that answers (a deadlock, a leader switch).
 */
const UNAVAILABLE_RETRY_BUDGET_MS = 400;
const TRANSIENT_RETRY_BUDGET_MS = 1_000;
/** While the database is down, one request in this interval tries it; the others are refused at once. */
const PROBE_INTERVAL_MS = 250;

const UNAVAILABLE_CODES = [
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
];

/**
 * Neo4j refused the memory a transaction asked for (all transactions together are over
 * dbms.memory.transaction.total.max): transient by its code, but asking again at once only adds to what
 * filled it, so it is answered, not retried.
 */
const MEMORY_LIMIT_CODES = ['Neo.TransientError.General.MemoryPoolOutOfMemoryError'];

const isMemoryLimit = (error: unknown): boolean =>
  error instanceof Neo4jError && MEMORY_LIMIT_CODES.includes(error.code);

function isUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && UNAVAILABLE_CODES.includes(error.code);
}

/**
 * What the runner knows of the database: up until an attempt finds it unreachable, then down until an
 * attempt gets through. While down, requests are answered DATABASE_UNAVAILABLE without waiting on the
 * driver, except one every PROBE_INTERVAL_MS that tries (once, no retries) and brings it back up.
 */
export class DatabaseAvailability {
  private downAt: number | undefined;
  private lastProbeAt = 0;
  private readonly listeners = new Set<(up: boolean) => void>();

  get up(): boolean {
    return this.downAt === undefined;
  }

  onChange(listener: (up: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** true: go ahead; 'probe': go ahead, once, while down; false: refuse now. */
  mayTry(): boolean | 'probe' {
    if (this.downAt === undefined) return true;
    const now = Date.now();
    if (now - this.lastProbeAt < PROBE_INTERVAL_MS) return false;
    this.lastProbeAt = now;
    return 'probe';
  }

  sinceMs(): number {
    return Date.now() - this.lastProbeAt;
  }

  answered(): void {
    if (this.downAt === undefined) return;
    this.downAt = undefined;
    for (const listener of this.listeners) listener(true);
  }

  failed(): void {
    this.lastProbeAt = Date.now();
    if (this.downAt !== undefined) return;
    this.downAt = this.lastProbeAt;
    for (const listener of this.listeners) listener(false);
  }
}

/** Runs catalog queries in one transaction: all of them land, or none. */
export interface QueryTransaction {
  run<Params, Row>(query: Query<Params, Row>, params: Params): Promise<QueryOutcome<Row>>;
  /** A statement read from a file under cypher/ that is not a catalog query (a migration step). */
  runFileStatement(label: string, text: string): Promise<QueryOutcome<unknown>>;
}

/** A statement that commits in batches of its own: `CALL { ... } IN TRANSACTIONS`. */
export function isBatchedStatement(text: string): boolean {
  return /\bIN\s+TRANSACTIONS\b/i.test(text);
}

/**
 * All database work goes through here: managed transactions (retried on transient failures, routed to
 * readers or the writer in a cluster), the query name in the transaction metadata, values converted once.
 */
export class QueryRunner {
  private readonly listeners = new Set<(event: QueryEvent) => void>();
  /** Whether the database answered the last attempt; /ready and the log follow it. */
  readonly availability = new DatabaseAvailability();

  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly queries: QueryCatalog,
    /** Neo4j stops a read or write transaction that runs longer than these (the transaction config's `timeout`). */
    private readonly options: { transactionTimeoutMs?: number; writeTimeoutMs?: number } = {},
  ) {}

  /** The same database with another read timeout (its own listeners and availability). */
  withReadTimeout(transactionTimeoutMs: number): QueryRunner {
    return new QueryRunner(this.driver, this.database, this.queries, {
      ...this.options,
      transactionTimeoutMs,
    });
  }

  onQuery(listener: (event: QueryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** One read query in a read transaction (routed to a reader in a cluster). */
  read<Params, Row>(query: Query<Params, Row>, params: Params): Promise<QueryOutcome<Row>> {
    if (query.mode !== 'read') throw new Error(`${query.name} writes; run it with write()`);
    return this.transaction('read', query.name, (tx) => tx.run(query, params));
  }

  write<Params, Row>(query: Query<Params, Row>, params: Params): Promise<QueryOutcome<Row>> {
    return this.transaction('write', query.name, (tx) => tx.run(query, params));
  }

  /** Several queries in one write transaction: all of them land, or none. */
  writeTransaction<T>(label: string, work: (tx: QueryTransaction) => Promise<T>): Promise<T> {
    return this.transaction('write', label, work);
  }

  /**
   * A statement from a file under cypher/ that commits in batches of its own (`CALL { ... } IN
   * TRANSACTIONS`): Neo4j runs those only in an auto-commit transaction, so this one is neither retried
   * nor atomic. A backfill of a large graph needs it: one transaction over every node outgrows the
   * transaction memory limit. Such a statement must be safe to run again after stopping part way.
   */
  async runBatchedFileStatement(label: string, text: string): Promise<void> {
    if (!isBatchedStatement(text)) throw new Error(`${label} is not a CALL ... IN TRANSACTIONS statement`);
    for (const listener of this.listeners) listener({ name: label, mode: 'write' });
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.run(text, {}, { metadata: { app: 'event-timeline-graph', query: label } });
      this.availability.answered();
    } catch (error) {
      if (isUnavailable(error)) this.availability.failed();
      throw toDatabaseError(error, label);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * One unit of work in a transaction of its own, retried in a fresh transaction on a transient failure,
   * as a managed transaction is, but on our own short schedule: the driver's own retries wait 1 s and then
   * 2 s (±20%), so a request on a dead database took up to 3.4 s. Here a dead database costs a request
   * at most the connection bounds of the driver once (see driver.ts), and nothing at all while the
   * database is known to be down: see DatabaseAvailability.
   */
  private async transaction<T>(
    mode: 'read' | 'write',
    label: string,
    work: (tx: QueryTransaction) => Promise<T>,
  ): Promise<T> {
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      const probing = this.availability.mayTry();
      if (probing === false) {
        throw new DatabaseError(
          `the database is unavailable (${label}): it did not answer the last attempt, ${this.availability.sinceMs()} ms ago`,
          'DATABASE_UNAVAILABLE',
        );
      }
      try {
        const result = await this.attempt(mode, label, work);
        this.availability.answered();
        return result;
      } catch (error) {
        const unavailable = isUnavailable(error);
        const delay = RETRY_DELAYS_MS[attempt];
        const budget = unavailable ? UNAVAILABLE_RETRY_BUDGET_MS : TRANSIENT_RETRY_BUDGET_MS;
        const retry =
          error instanceof Neo4jError &&
          error.retryable &&
          !isMemoryLimit(error) &&
          probing !== 'probe' &&
          delay !== undefined &&
          Date.now() - started + delay <= budget;
        if (retry) {
          await new Promise((resolve) => setTimeout(resolve, delay));
          continue;
        }
        // Any other answer from Neo4j (a timeout, a refused statement) means it is there.
        if (unavailable) this.availability.failed();
        else if (error instanceof Neo4jError) this.availability.answered();
        throw toDatabaseError(error, label);
      }
    }
  }

  private async attempt<T>(
    mode: 'read' | 'write',
    label: string,
    work: (tx: QueryTransaction) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const tx = await session.beginTransaction({
        metadata: { app: 'event-timeline-graph', query: label },
        // Reads answer requests and get the short timeout; writes (documents, the seed at start-up) a longer one.
        timeout: mode === 'read' ? this.options.transactionTimeoutMs : this.options.writeTimeoutMs,
      });
      try {
        const result = await work(this.namedTransaction(tx, mode));
        await tx.commit();
        return result;
      } catch (error) {
        // Nothing of a failed unit lands: the transaction is rolled back (or was, with its connection).
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw error;
      }
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private namedTransaction(tx: Transaction, mode: 'read' | 'write'): QueryTransaction {
    return {
      run: <Params, Row>(query: Query<Params, Row>, params: Params) =>
        this.send<Row>(tx, mode, query.name, this.queries.get(query.name), params),
      runFileStatement: (label, text) => this.send<unknown>(tx, mode, label, text, {}),
    };
  }

  /**
   * The one place rows get their type: the catalog entry declares what its file returns, and the
   * conversion below turns Neo4j's values into ours.
   */
  private async send<Row>(
    tx: Transaction,
    mode: 'read' | 'write',
    name: string,
    text: string,
    params: unknown,
  ): Promise<QueryOutcome<Row>> {
    const converted = toNeo4j(params);
    for (const listener of this.listeners) listener({ name, mode, sent: { text, params: converted } });
    const result = await tx.run(text, converted);
    return {
      rows: result.records.map((record) => fromNeo4j(record.toObject()) as Row),
      summary: result.summary,
    };
  }
}

const TIMED_OUT = [
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
];

function toDatabaseError(error: unknown, label: string): Error {
  if (error instanceof DatabaseError || !(error instanceof Neo4jError)) return error as Error;
  if (TIMED_OUT.includes(error.code)) {
    return new DatabaseError(
      `${label} ran past the transaction timeout: ${error.message}`,
      'DATABASE_TIMEOUT',
      error.code,
    );
  }
  if (isMemoryLimit(error)) {
    return new DatabaseError(
      `${label} needed more memory than the database had free for transactions: ${error.message}`,
      'DATABASE_BUSY',
      error.code,
    );
  }
  const unavailable = ['ServiceUnavailable', 'SessionExpired'].includes(error.code) || error.retryable;
  return new DatabaseError(
    unavailable
      ? `the database is unavailable (${label}): ${error.message}`
      : `${label} failed: ${error.message}`,
    unavailable ? 'DATABASE_UNAVAILABLE' : 'DATABASE_ERROR',
    error.code,
  );
}
