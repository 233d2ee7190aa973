import { queries } from '../../../src/db/queries';
import { QueryCatalog } from '../../../src/db/query-catalog';

describe('the typed query catalog', () => {
  it('has one entry for every file in cypher/, and a file for every entry', () => {
    const files = QueryCatalog.load().names();
    const entries = Object.values(queries)
      .map((query) => query.name)
      .sort();
    expect(entries).toEqual(files);
  });

  it('marks as writes exactly the queries whose text writes', () => {
    const catalog = QueryCatalog.load();
    const writes = /\b(MERGE|CREATE|SET|DELETE|REMOVE)\b/;
    for (const query of Object.values(queries)) {
      // A read that writes would fail on a cluster's readers; a write that reads only wastes the leader.
      expect([query.name, writes.test(catalog.get(query.name).replace(/\/\/.*$/gm, ''))]).toEqual([
        query.name,
        query.mode === 'write',
      ]);
    }
  });
});
