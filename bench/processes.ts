/** The benchmark's child processes (the service and its peer) and what they cost in memory. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export { freePort } from '../src/port-check';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface Child {
  name: string;
  pid: number;
  url: string;
  /** Milliseconds from spawn until it answered (the service: /ready). */
  startMs: number;
  stop(): Promise<void>;
}

/**
 * Starts `node script` with env, its output appended to `logFile`, and waits until `isReady` says so
 * (at most `timeoutMs`: the service plans every example before /ready, minutes at a million events).
 */
export async function startChild(
  name: string,
  script: string,
  env: Record<string, string>,
  url: string,
  isReady: () => Promise<boolean>,
  logFile: string,
  timeoutMs = 30 * 60_000,
): Promise<Child> {
  const started = Date.now();
  const log = fs.openSync(logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', log, 'pipe'],
  });
  fs.closeSync(log);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with ${child.exitCode} before it was ready:\n${stderr}`);
    const waited = Date.now() - started;
    if (waited >= 60_000 && waited % 60_000 < 250)
      process.stdout.write(`${name}: starting for ${(waited / 60_000) | 0} min (see ${logFile})\n`);
    if (await isReady().catch(() => false))
      return { name, pid: child.pid!, url, startMs: Date.now() - started, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`${name} was not ready after ${timeoutMs / 1000} s:\n${stderr}`);
}

export function rssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Samples the resident memory of some processes every 200 ms and keeps each one's peak. */
export class PeakMemory {
  private readonly peaks = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly pids: Record<string, number>) {}

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), 200);
  }

  stop(): Record<string, number> {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return Object.fromEntries([...this.peaks].map(([name, mb]) => [name, Math.round(mb)]));
  }

  private sample(): void {
    for (const [name, pid] of Object.entries(this.pids))
      this.peaks.set(name, Math.max(this.peaks.get(name) ?? 0, rssMb(pid)));
  }
}
