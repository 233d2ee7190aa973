import { searchPaths } from '../../../src/db/path-search';
import type { PathParams, PathRow, Query } from '../../../src/db/queries';

/** A runner that answers each query by name from `rows` and records the names asked, in order. */
function recordingRunner(rows: Record<string, PathRow & { complete?: boolean }>) {
  const asked: string[] = [];
  const runner = {
    read: <P, R>(query: Query<P, R>) => {
      asked.push(query.name);
      return Promise.resolve({ rows: [rows[query.name]] as R[] } as never);
    },
  };
  return { runner, asked };
}

const params = (timeRespecting: boolean) =>
  ({ source: 'a', target: 'b', k: 3, timeRespecting }) as PathParams;
const found = { sourceFound: true, targetFound: true, paths: [] };

describe('choosing the path search', () => {
  it('takes the shortest paths alone when they are enough', async () => {
    const { runner, asked } = recordingRunner({ 'graph-shortest-paths': { ...found, complete: true } });
    expect(await searchPaths(runner, params(false))).toMatchObject({ complete: true });
    expect(asked).toEqual(['graph-shortest-paths']);
  });

  it('asks the k-shortest search when fewer than k paths are shortest', async () => {
    const { runner, asked } = recordingRunner({
      'graph-shortest-paths': { ...found, complete: false },
      'graph-paths': { ...found, paths: [{ nodes: [], edges: [], cost: 1 }] },
    });
    expect((await searchPaths(runner, params(false)))?.paths).toHaveLength(1);
    expect(asked).toEqual(['graph-shortest-paths', 'graph-paths']);
  });

  it('does not search twice for an end that is not there', async () => {
    const { runner, asked } = recordingRunner({
      'graph-shortest-paths': { ...found, targetFound: false, complete: false },
    });
    expect(await searchPaths(runner, params(false))).toMatchObject({ targetFound: false });
    expect(asked).toEqual(['graph-shortest-paths']);
  });

  it('asks the shortest paths first when time must run one way too', async () => {
    const { runner, asked } = recordingRunner({
      'graph-shortest-paths': { ...found, complete: false },
      'graph-paths': found,
    });
    await searchPaths(runner, params(true));
    expect(asked).toEqual(['graph-shortest-paths', 'graph-paths']);
  });
});
