import fs from 'node:fs';
import path from 'node:path';
import { GRAPH_RELATIONSHIP_TYPES } from '../../../src/graph/relationship-types';

const fragment = fs.readFileSync(
  path.join(__dirname, '..', '..', '..', 'cypher', 'fragments', 'graph-degree.cypher'),
  'utf8',
);

describe('the hub degree of the path ranking (cypher/fragments/graph-degree.cypher)', () => {
  it('counts every relationship type a graph question may follow, each from the degree store', () => {
    const counted = [
      ...fragment.matchAll(/'([A-Z_]+)' IN \$types THEN COUNT \{ \(n\)-\[:([A-Z_]+)\]-\(\) \}/g),
    ];
    expect(counted.every(([, tested, matched]) => tested === matched)).toBe(true);
    expect(counted.map(([, type]) => type).sort()).toEqual([...GRAPH_RELATIONSHIP_TYPES].sort());
  });
});
