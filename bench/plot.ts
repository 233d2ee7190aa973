/**
 * p50 latency against graph size, per operation, for this service, raw Cypher and the peer: drawn
 * with Vega-Lite (rendered to SVG in node, no browser, no fonts fetched) from every
 * bench/results/bench-N.json there is, so each size run adds its points.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { RESULTS_DIR, type BenchResult } from './report';

export const PLOT_FILE = path.join(RESULTS_DIR, 'latency-by-size.svg');

export async function drawPlot(): Promise<string> {
  const points = fs
    .readdirSync(RESULTS_DIR)
    .filter((name) => /^bench-\d+\.json$/.test(name))
    .flatMap((name) => {
      const result = JSON.parse(fs.readFileSync(path.join(RESULTS_DIR, name), 'utf8')) as BenchResult;
      return result.operations.flatMap((op) =>
        Object.entries(op.latency).flatMap(([target, latency]) =>
          latency.runs === 0
            ? []
            : [
                {
                  events: result.events,
                  operation: op.key,
                  target,
                  p50: latency.p50Ms,
                },
              ],
        ),
      );
    });
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: 'p50 latency against graph size (npm run bench)',
    data: { values: points },
    facet: { column: { field: 'target', type: 'nominal', title: null, sort: ['service', 'raw', 'peer'] } },
    spec: {
      width: 260,
      height: 260,
      layer: [{ mark: { type: 'line', point: true } }],
      encoding: {
        x: { field: 'events', type: 'quantitative', scale: { type: 'log' }, title: 'events in the graph' },
        y: { field: 'p50', type: 'quantitative', scale: { type: 'log' }, title: 'p50 ms' },
        color: { field: 'operation', type: 'nominal', scale: { scheme: 'tableau10' } },
      },
    },
    config: { font: 'sans-serif' },
  };
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  fs.writeFileSync(PLOT_FILE, await view.toSVG());
  return PLOT_FILE;
}
