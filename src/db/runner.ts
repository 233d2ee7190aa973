import neo4j, { type Driver, type ManagedTransaction, type ResultSummary, Neo4jError } from 'neo4j-driver';
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
}

/** A database failure with a code the API can expose (GraphQL `extensions.code`). */
export class DatabaseError extends Error {
  constructor(
    message: string,
    readonly code: 'DATABASE_UNAVAILABLE' | 'DATABASE_TIMEOUT' | 'DATABASE_ERROR',
    readonly neo4jCode?: string,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}

/** Runs catalog queries in one transaction: all of them land, or none. */
export interface QueryTransaction {
  run<Params, Row>(query: Query<Params, Row>, params: Params): Promise<QueryOutcome<Row>>;
  /** A statement read from a file under cypher/ that is not a catalog query (a migration step). */
  runFileStatement(label: string, text: string): Promise<QueryOutcome<unknown>>;
}

/**
 * All database work goes through here: managed transactions (retried on transient failures, routed to
 * readers or the writer in a cluster), the query name in the transaction metadata, values converted once.
 */
export class QueryRunner {
  private readonly listeners = new Set<(event: QueryEvent) => void>();

  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly queries: QueryCatalog,
    /** Neo4j stops a read or write transaction that runs longer than these (the transaction config's `timeout`). */
    private readonly options: { transactionTimeoutMs?: number; writeTimeoutMs?: number } = {},
  ) {}

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

  private async transaction<T>(
    mode: 'read' | 'write',
    label: string,
    work: (tx: QueryTransaction) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = {
      metadata: { app: 'event-timeline-graph', query: label },
      // Reads answer requests and get the short timeout; writes (documents, the seed at start-up) a longer one.
      timeout: mode === 'read' ? this.options.transactionTimeoutMs : this.options.writeTimeoutMs,
    };
    const body = (tx: ManagedTransaction) => work(this.namedTransaction(tx, mode));
    try {
      return mode === 'read'
        ? await session.executeRead(body, config)
        : await session.executeWrite(body, config);
    } catch (error) {
      throw toDatabaseError(error, label);
    } finally {
      await session.close();
    }
  }

  private namedTransaction(tx: ManagedTransaction, mode: 'read' | 'write'): QueryTransaction {
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
    tx: ManagedTransaction,
    mode: 'read' | 'write',
    name: string,
    text: string,
    params: unknown,
  ): Promise<QueryOutcome<Row>> {
    for (const listener of this.listeners) listener({ name, mode });
    const result = await tx.run(text, toNeo4j(params));
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
  const unavailable = ['ServiceUnavailable', 'SessionExpired'].includes(error.code) || error.retriable;
  return new DatabaseError(
    unavailable
      ? `the database is unavailable (${label}): ${error.message}`
      : `${label} failed: ${error.message}`,
    unavailable ? 'DATABASE_UNAVAILABLE' : 'DATABASE_ERROR',
    error.code,
  );
}
