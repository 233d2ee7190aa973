import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from '../../../src/graphql/schema';

/**
 * The schema as the server builds it from schema/*.graphql, printed in name order and committed, so
 * that any change to the API (a type, a field, an argument, a default, a description) shows in review
 * as a diff of this one file.
 *
 * After changing schema/, update it with `npm run schema:snapshot` and commit the result with the change.
 * Only that script writes it (it sets UPDATE_SCHEMA_SNAPSHOT=1); any other run, CI included, fails when
 * the file is missing or differs from the schema.
 */
const SNAPSHOT = path.join(__dirname, '__snapshots__', 'schema.graphql');
const UPDATE = process.env.UPDATE_SCHEMA_SNAPSHOT === '1';

describe('the printed schema', () => {
  const printed = `${printSchema(lexicographicSortSchema(buildSchema()))}\n`;

  it('is the committed snapshot (npm run schema:snapshot updates it)', () => {
    if (UPDATE) {
      if (process.env.CI) throw new Error('the schema snapshot is never written in CI');
      fs.writeFileSync(SNAPSHOT, printed);
    }
    if (!fs.existsSync(SNAPSHOT)) {
      throw new Error(`${path.relative(process.cwd(), SNAPSHOT)} is missing: run npm run schema:snapshot`);
    }
    expect(printed).toBe(fs.readFileSync(SNAPSHOT, 'utf8'));
  });
});
