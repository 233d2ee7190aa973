import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '../../../src/time');
const sources = readdirSync(dir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => [name, readFileSync(join(dir, name), 'utf8')] as const);

describe('the time module stays pure', () => {
  it.each(sources)('%s imports nothing but luxon and its own files', (_name, text) => {
    const specifiers = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(specifiers.filter((s) => s !== 'luxon' && !s?.startsWith('./'))).toEqual([]);
  });

  it.each(sources)('%s never reads the clock', (_name, text) => {
    expect(text).not.toMatch(/DateTime\.(now|local)\(|Date\.now\(|new Date\(/);
  });
});
