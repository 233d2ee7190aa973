/** How the benchmark times one operation: one at a time, interleaved, and under concurrent load. */
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import type { QueryEvent } from '../src/db/runner';
import type { GraphQLRequest } from './operations';
import { msSince, summarise, type Latency } from './stats';

/** One way of asking an operation: resolves when the whole answer is in, throws on a wrong one. */
export type Ask = () => Promise<void>;

export function askGraphQL(url: string, request: GraphQLRequest): Ask {
  const body = JSON.stringify(request);
  return async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body,
    });
    const text = await response.text();
    if (!response.ok || text.includes('"errors"'))
      throw new Error(`${response.status} ${text.slice(0, 300)}`);
  };
}

/** The service's queries for one operation, replayed through the driver: same text, same parameters. */
export function askRaw(driver: Driver, database: string, sent: QueryEvent[]): Ask {
  return async () => {
    for (const { sent: query } of sent) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        await session.executeRead((tx) => tx.run(query!.text, query!.params));
      } finally {
        await session.close();
      }
    }
  };
}

/**
 * Asks each target in turn, `runs` rounds (fewer if `budgetMs` runs out first), after `warm` untimed
 * rounds: interleaving keeps a noisy machine from favouring whoever ran in its quiet minute.
 */
export async function interleaved(
  targets: Record<string, Ask>,
  runs: number,
  budgetMs: number,
  warm = 3,
): Promise<Record<string, Latency & { failures: number; error?: string }>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
  const failed: Record<string, { failures: number; error?: string }> = Object.fromEntries(
    Object.keys(targets).map((k) => [k, { failures: 0 }]),
  );
  // A failed answer (a timeout, an error) is counted and kept out of the latencies, not fatal.
  const attempt = async (name: string, ask: Ask): Promise<boolean> => {
    try {
      await ask();
      return true;
    } catch (error) {
      failed[name]!.failures += 1;
      failed[name]!.error ??= error instanceof Error ? error.message.slice(0, 300) : String(error);
      return false;
    }
  };
  for (let round = 0; round < warm; round += 1)
    for (const [name, ask] of Object.entries(targets)) await attempt(name, ask);
  const started = Date.now();
  for (let round = 0; round < runs && (round < 5 || Date.now() - started < budgetMs); round += 1) {
    for (const [name, ask] of Object.entries(targets)) {
      const began = process.hrtime.bigint();
      if (await attempt(name, ask)) samples[name]!.push(msSince(began));
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, ms]) => [name, { ...summarise(ms), ...failed[name]! }]),
  );
}

export interface Throughput {
  requestsPerSecond: number;
  requests: number;
  failures: number;
  p50Ms: number;
  p99Ms: number;
}

/** autocannon against a GraphQL endpoint on 127.0.0.1, bounded in time and in requests. */
export function loadHttp(
  url: string,
  requests: GraphQLRequest[],
  connections: number,
  seconds: number,
): Promise<Throughput> {
  let failures = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        connections,
        duration: seconds,
        amount: undefined,
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        requests: requests.map((request) => ({
          body: JSON.stringify(request),
          onResponse: (status: number, body: string) => {
            if (status !== 200 || body.includes('"errors"')) failures += 1;
          },
        })),
      },
      (error: unknown, result) => {
        if (error) return reject(error instanceof Error ? error : new Error('autocannon failed'));
        const requestsDone = result.requests.total;
        resolve({
          requestsPerSecond: requestsDone / seconds,
          requests: requestsDone,
          failures: failures + result.errors + result.timeouts,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
        });
      },
    );
  });
}

/** `connections` loops asking through the driver for `seconds`, cycling through `asks`. */
export async function loadRaw(asks: Ask[], connections: number, seconds: number): Promise<Throughput> {
  const until = Date.now() + seconds * 1000;
  const ms: number[] = [];
  let failures = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const ask = asks[next++ % asks.length]!;
        const began = process.hrtime.bigint();
        await ask().catch(() => (failures += 1));
        ms.push(msSince(began));
      }
    }),
  );
  const latency = summarise(ms);
  return {
    requestsPerSecond: ms.length / seconds,
    requests: ms.length,
    failures,
    p50Ms: latency.p50Ms,
    p99Ms: latency.p99Ms,
  };
}
