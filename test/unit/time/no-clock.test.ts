import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '../../../src/time');
const sources = readdirSync(dir)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => [name, readFileSync(join(dir, name), 'utf8')] as const);

// What src/time may import is a dependency-cruiser rule (npm run lint); this checks what no import shows.
describe('the time module stays pure', () => {
  it.each(sources)('%s never reads the clock', (_name, text) => {
    expect(text).not.toMatch(/DateTime\.(now|local)\(|Date\.now\(|new Date\(/);
  });
});
