import fs from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../../src/project-root';

const MAIN = path.join(projectRoot(), 'dist', 'src', 'cli', 'start.js');

/** The environment the service gets in tests: ours minus any Neo4j or port settings, plus `overrides`. */
export function serviceEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(NEO4J_|LOCAL_NEO4J_|PORT$|HOST$|LOG_|SEED_DIR$)/.test(key)) env[key] = value;
  }
  // Start-up tests skip planning the examples (18 s a start); the lifecycle test asks for it.
  return { ...env, LOG_FORMAT: 'json', WARM_UP: 'false', ...overrides };
}

export interface FinishedRun {
  code: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
}

/** Runs the built service (`npm run build` first: `npm test` does) until it exits on its own. */
export function runServiceToExit(env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<FinishedRun> {
  const started = Date.now();
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, elapsedMs: Date.now() - started });
    });
  });
}

export interface LogLine {
  msg?: string;
  [key: string]: unknown;
}

export interface RunningServiceProcess {
  child: ChildProcess;
  logs: LogLine[];
  exited: Promise<number | null>;
  /** How it ended, once it has: exit code or signal, stderr, the last log lines. */
  ending(): string;
  /** Resolves with the first log line whose message is `msg`, or rejects if the process exits first. */
  waitForLog(msg: string, timeoutMs?: number): Promise<LogLine>;
}

export function startServiceProcess(env: NodeJS.ProcessEnv): RunningServiceProcess {
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: LogLine[] = [];
  let stderr = '';
  const waiters = new Set<() => void>();
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (line.trim()) logs.push(JSON.parse(line) as LogLine);
    }
    waiters.forEach((wake) => wake());
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let endedWith = '';
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code, signal) => {
      endedWith = signal ? `signal ${signal}` : `exit ${code}`;
      resolve(code);
    }),
  );
  const ending = () =>
    `${endedWith || 'still running'}; stderr: ${stderr.slice(-2000) || '(none)'}; last log lines: ${logs
      .slice(-15)
      .map((line) => JSON.stringify(line).slice(0, 300))
      .join(' | ')}`;

  const waitForLog = (msg: string, timeoutMs = 180_000) =>
    new Promise<LogLine>((resolve, reject) => {
      const check = () => {
        const found = logs.find((line) => line.msg === msg);
        if (found) {
          finish();
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`no log line '${msg}' within ${timeoutMs} ms; stderr: ${stderr}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      void exited.then((code) => {
        finish();
        reject(new Error(`the service exited (${code}) before '${msg}'; stderr: ${stderr}`));
      });
      check();
    });

  return { child, logs, exited, ending, waitForLog };
}

/**
 * True while `pid` is the local Neo4j JVM started on `dataDir`. A pid alone is not enough: a dead JVM's
 * pid is soon given to another process (pid_max is 32768 on many machines, and a test run starts
 * thousands), which must neither be taken for the JVM nor be killed in its place.
 */
export function isLocalNeo4j(pid: number, dataDir: string): boolean {
  if (!fs.existsSync('/proc/self/environ')) return processExists(pid);
  try {
    const environ = fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    return environ.includes(`LOCAL_NEO4J_DATA_DIR=${dataDir}`);
  } catch {
    return false;
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGKILL for the local Neo4j JVM of `dataDir`, if `pid` still is that JVM. */
export function killLocalNeo4j(pid: number, dataDir: string): void {
  if (isLocalNeo4j(pid, dataDir)) process.kill(pid, 'SIGKILL');
}

export async function waitUntilGone(pid: number, dataDir: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isLocalNeo4j(pid, dataDir)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return !isLocalNeo4j(pid, dataDir);
}
