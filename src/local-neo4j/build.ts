import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { StartupError } from '../errors';
import type { Logger } from '../logger';
import { projectRoot } from '../project-root';
import { requireMaven } from './java-toolchain';

export interface LauncherBuild {
  classpath: string;
}

function launcherDir(): string {
  return path.join(projectRoot(), 'neo4j-local');
}

/** Changes to the POM or the main class invalidate the cached build. */
function launcherFingerprint(): string {
  const hash = createHash('sha256');
  for (const file of ['pom.xml', 'src/LocalNeo4j.java']) {
    hash.update(fs.readFileSync(path.join(launcherDir(), file)));
  }
  return hash.digest('hex');
}

function readCachedBuild(cacheDir: string, fingerprint: string): LauncherBuild | undefined {
  try {
    if (fs.readFileSync(path.join(cacheDir, 'fingerprint'), 'utf8') !== fingerprint) return undefined;
    const jars = fs.readFileSync(path.join(cacheDir, 'classpath.txt'), 'utf8').trim();
    if (!jars.split(path.delimiter).every((jar) => fs.existsSync(jar))) return undefined;
    return { classpath: [path.join(cacheDir, 'classes'), jars].join(path.delimiter) };
  } catch {
    return undefined;
  }
}

/**
 * Returns the launcher's classpath, running Maven only when the cache is missing or stale. Maven keeps the
 * downloaded jars in its local repository (~/.m2), so only the very first build downloads anything.
 */
export async function buildLocalNeo4j(cacheDir: string, logger: Logger): Promise<LauncherBuild> {
  const fingerprint = launcherFingerprint();
  const cached = readCachedBuild(cacheDir, fingerprint);
  if (cached) return cached;

  requireMaven();
  logger.info('Preparing the local Neo4j with Maven (the first run downloads about 120 MB)');
  fs.mkdirSync(cacheDir, { recursive: true });
  const args = [
    '-B',
    '-q',
    '-Dstyle.color=never',
    '-f',
    path.join(launcherDir(), 'pom.xml'),
    `-Dlauncher.buildDir=${cacheDir}`,
    `-Dmdep.outputFile=${path.join(cacheDir, 'classpath.txt')}`,
    'compile',
    'dependency:build-classpath',
  ];
  const output = await runCollectingOutput('mvn', args);
  if (output.code !== 0) {
    const tail = output.text.trim().split('\n').slice(-8).join(' | ');
    throw new StartupError(
      `Maven could not build the local Neo4j launcher (exit ${output.code}): ${tail}`,
      'check that Maven Central is reachable (mvn -f neo4j-local/pom.xml dependency:resolve), or set NEO4J_URI',
    );
  }
  fs.writeFileSync(path.join(cacheDir, 'fingerprint'), fingerprint);
  const build = readCachedBuild(cacheDir, fingerprint);
  if (!build)
    throw new StartupError(
      `Maven ran but left no usable classpath in ${cacheDir}`,
      'delete that folder and retry',
    );
  return build;
}

function runCollectingOutput(command: string, args: string[]): Promise<{ code: number; text: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, text }));
  });
}
