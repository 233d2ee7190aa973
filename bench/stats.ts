/** Latency summaries for the benchmarks: nearest-rank percentiles over measured samples. */
export interface Latency {
  runs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

export function summarise(samplesMs: number[]): Latency {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    p99Ms: percentile(sorted, 0.99),
  };
}

/** Milliseconds since a process.hrtime.bigint() reading. */
export const msSince = (started: bigint): number => Number(process.hrtime.bigint() - started) / 1e6;
