import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { LocalNeo4jSettings } from '../config';
import { StartupError } from '../errors';
import type { Logger } from '../logger';
import { requireJava } from './java-toolchain';
import { buildLocalNeo4j } from './build';
import { isPortFree } from '../port-check';

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;
const RESTART_FIRST_DELAY_MS = 1_000;
const RESTART_MAX_DELAY_MS = 30_000;
/** A JVM that ran this long before it died starts the back-off again from the first delay. */
const RESTART_RESET_AFTER_MS = 60_000;

/** The flags Neo4j's own launcher passes; embedded start-up can fail without the add-opens. */
const NEO4J_JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:-OmitStackTraceInFastThrow',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

export interface LocalNeo4jServer {
  uri: string;
  username: string;
  password: string;
  /** The running JVM's pid (a new one after a restart). */
  readonly pid: number;
  /** Stops the JVM and waits for it to exit; safe to call more than once. */
  stop(): Promise<void>;
}

/**
 * Starts the embedded Neo4j from neo4j-local/ on 127.0.0.1 and resolves once it reports that Bolt is up.
 * The JVM watches its stdin and stops when this process goes away, so it can never be orphaned.
 */
export async function startLocalNeo4j(
  settings: LocalNeo4jSettings,
  logger: Logger,
  options: { restartOnDeath?: boolean } = {},
): Promise<LocalNeo4jServer> {
  requireJava();
  if (!(await isPortFree(settings.boltPort, '127.0.0.1'))) {
    throw new StartupError(
      `Bolt port ${settings.boltPort} on 127.0.0.1 is already in use (another Neo4j?)`,
      `stop whatever listens there, or set LOCAL_NEO4J_BOLT_PORT to a free port`,
    );
  }
  const build = await buildLocalNeo4j(settings.cacheDir, logger);
  logger.info({ dataDir: settings.dataDir, boltPort: settings.boltPort }, 'Starting the local Neo4j');
  let current = await launch(settings, build.classpath);
  logger.info({ uri: current.uri, pid: current.child.pid }, 'Local Neo4j is up');

  let stopping: Promise<void> | undefined;
  let pendingLaunch: Promise<RunningJvm> | undefined;
  // Supervision: a JVM that dies on its own is started again on the same port and data folder, with a
  // back-off that doubles from 1 s to 30 s while it keeps failing; the driver reconnects by itself.
  const supervise = async (): Promise<void> => {
    let delay = RESTART_FIRST_DELAY_MS;
    while (!stopping) {
      const startedAt = Date.now();
      const { code, signal } = await current.exitStatus;
      if (stopping) return;
      if (Date.now() - startedAt > RESTART_RESET_AFTER_MS) delay = RESTART_FIRST_DELAY_MS;
      logger.warn(
        { pid: current.child.pid, code, signal, retryInMs: delay },
        'Local Neo4j died; restarting it',
      );
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, delay).unref());
        if (stopping) return;
        try {
          pendingLaunch = launch(settings, build.classpath);
          current = await pendingLaunch;
          pendingLaunch = undefined;
          if (stopping) return;
          logger.info({ uri: current.uri, pid: current.child.pid }, 'Local Neo4j is up');
          logger.info({ pid: current.child.pid, afterMs: delay }, 'Restarted the local Neo4j');
          delay = Math.min(delay * 2, RESTART_MAX_DELAY_MS);
          break;
        } catch (error) {
          delay = Math.min(delay * 2, RESTART_MAX_DELAY_MS);
          logger.error({ err: error, retryInMs: delay }, 'Could not restart the local Neo4j');
        }
      }
    }
  };
  if (options.restartOnDeath ?? true) void supervise();

  return {
    uri: current.uri,
    username: 'neo4j',
    password: settings.password,
    get pid() {
      return current.child.pid!;
    },
    stop() {
      stopping ??= (async () => {
        await stopJvm(current.child, current.exited, logger);
        // A restart under way when asked to stop: that JVM is stopped as soon as it is up.
        const late = await pendingLaunch?.catch(() => undefined);
        if (late) await stopJvm(late.child, late.exited, logger);
      })();
      return stopping;
    },
  };
}

interface RunningJvm {
  child: ChildProcess;
  uri: string;
  exited: Promise<void>;
  exitStatus: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns the JVM and resolves once it reports that Bolt is up. */
async function launch(settings: LocalNeo4jSettings, classpath: string): Promise<RunningJvm> {
  const logsDir = path.join(settings.dataDir, 'logs');
  fs.mkdirSync(logsDir, { recursive: true });
  const launcherLog = fs.createWriteStream(path.join(logsDir, 'launcher.log'), { flags: 'a' });
  const child = spawn(
    'java',
    [
      `-Xms${settings.heapMb}m`,
      `-Xmx${settings.heapMb}m`,
      ...NEO4J_JVM_FLAGS,
      '-cp',
      classpath,
      'LocalNeo4j',
    ],
    {
      // Its own process group: Ctrl-C reaches only us, and we stop the database after closing the driver.
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: {
        ...process.env,
        LOCAL_NEO4J_DATA_DIR: settings.dataDir,
        LOCAL_NEO4J_BOLT_PORT: String(settings.boltPort),
        LOCAL_NEO4J_PASSWORD: settings.password,
        LOCAL_NEO4J_PAGECACHE_MB: String(settings.pageCacheMb),
      },
    },
  );
  const exitStatus = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const exited = exitStatus.then(() => undefined);
  exited.finally(() => launcherLog.end()).catch(() => undefined);
  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr }).on('line', (line) => {
    launcherLog.write(`${line}\n`);
    stderrTail.push(line);
    if (stderrTail.length > 20) stderrTail.shift();
  });
  const uri = await waitForReady(child, stderrTail, settings);
  return { child, uri, exited, exitStatus };
}

function waitForReady(
  child: ChildProcess,
  stderrTail: string[],
  settings: LocalNeo4jSettings,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new StartupError(
          `the local Neo4j did not come up within ${START_TIMEOUT_MS / 1000} s`,
          `read ${path.join(settings.dataDir, 'logs', 'debug.log')}`,
        ),
      );
    }, START_TIMEOUT_MS);
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^READY (\S+)/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new StartupError(`could not run java: ${error.message}`, 'install a JDK 17, or set NEO4J_URI'));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(describeEarlyExit(code, signal, stderrTail, settings));
    });
  });
}

function describeEarlyExit(
  code: number | null,
  signal: NodeJS.Signals | null,
  stderrTail: string[],
  settings: LocalNeo4jSettings,
): StartupError {
  const reported = stderrTail.find((line) => line.startsWith('ERROR '))?.slice('ERROR '.length);
  const reason = reported ?? stderrTail.slice(-3).join(' | ');
  if (/address already in use|BindException/i.test(reason)) {
    return new StartupError(
      `Bolt port ${settings.boltPort} on 127.0.0.1 is already in use`,
      'stop whatever listens there, or set LOCAL_NEO4J_BOLT_PORT to a free port',
    );
  }
  if (/lock|already in use by another/i.test(reason) && /store|database/i.test(reason)) {
    return new StartupError(
      `the data folder ${settings.dataDir} is locked by another Neo4j`,
      'stop the other server, or set LOCAL_NEO4J_DATA_DIR to another folder',
    );
  }
  return new StartupError(
    `the local Neo4j exited during start-up (${signal ?? `exit ${code}`}): ${reason || 'no message'}`,
    `read ${path.join(settings.dataDir, 'logs', 'debug.log')}`,
  );
}

async function stopJvm(child: ChildProcess, exited: Promise<void>, logger: Logger): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  logger.info({ pid: child.pid }, 'Stopping the local Neo4j');
  child.stdin?.end();
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), STOP_TIMEOUT_MS).unref()),
  ]);
  if (timedOut) {
    logger.warn({ pid: child.pid }, 'Neo4j did not stop in time; killing it');
    child.kill('SIGKILL');
    await exited;
  }
  logger.info('Local Neo4j stopped');
}
