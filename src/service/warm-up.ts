import fs from 'node:fs';
import { execute, Kind, OperationTypeNode, parse } from 'graphql';
import type { QueryRunner } from '../db/runner';
import { createContext } from '../graphql/context';
import { buildSchema } from '../graphql/schema';
import type { Logger } from '../logger';
import { EXAMPLE_OPERATIONS_FILE } from '../server/app';

/**
 * Asks every example query once before the service listens, so Neo4j has planned each query the
 * examples reach (planning the large ones takes seconds) and no analyst's first question waits on it.
 * Parameters keep fixed types (src/graphql/arguments.ts), so one plan per query serves every request.
 * It runs as a reader whatever the service's keys (mutations are left out: warming up writes nothing).
 * A failing example is logged, not fatal: the service still starts, and the examples' test says why.
 */
export async function warmUp(runner: QueryRunner, logger: Logger): Promise<void> {
  const document = parse(fs.readFileSync(EXAMPLE_OPERATIONS_FILE, 'utf8'));
  const names = document.definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION && d.operation === OperationTypeNode.QUERY && d.name
      ? [d.name.value]
      : [],
  );
  const schema = buildSchema();
  const started = Date.now();
  const timings: Array<{ operation: string; ms: number }> = [];
  for (const operationName of names) {
    const before = Date.now();
    const contextValue = createContext(runner, { caller: { role: 'read', id: 'warm-up' } });
    const answer = await execute({ schema, document, operationName, contextValue });
    if (answer.errors?.length) {
      logger.warn({ operation: operationName, error: answer.errors[0]!.message }, 'Warm-up example failed');
    }
    timings.push({ operation: operationName, ms: Date.now() - before });
  }
  timings.sort((a, b) => b.ms - a.ms);
  logger.info(
    { examples: names.length, ms: Date.now() - started, slowest: timings.slice(0, 3) },
    'Queries planned before listening (warm-up)',
  );
}
