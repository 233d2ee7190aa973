import { spawnSync } from 'node:child_process';
import { StartupError } from '../errors';

const MIN_JAVA = 17;
const JAVA_CHECK_TIMEOUT_MS = 30_000;

/** Checks that `java` on PATH is 17 or newer; Neo4j 5.26 runs on 17 and 21. */
export function requireJava(): void {
  // A bounded wait: a `java` that hangs (a broken wrapper, a starved machine) must not hang start-up.
  const result = spawnSync('java', ['-version'], { encoding: 'utf8', timeout: JAVA_CHECK_TIMEOUT_MS });
  const errno = result.error && 'code' in result.error ? result.error.code : undefined;
  if (errno === 'ETIMEDOUT') {
    throw new StartupError(
      `\`java -version\` did not answer within ${JAVA_CHECK_TIMEOUT_MS / 1000} s; the local Neo4j needs a working Java ${MIN_JAVA} or newer`,
      'check the java on PATH (run java -version), or set NEO4J_URI to use an existing Neo4j',
    );
  }
  if (result.error) {
    throw new StartupError(
      `Java was not found on PATH (${(result.error as NodeJS.ErrnoException).code ?? result.error.message}); the local Neo4j needs Java ${MIN_JAVA} or newer`,
      'install a JDK 17 (Debian: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use an existing Neo4j',
    );
  }
  const text = `${result.stderr}${result.stdout}`;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : NaN;
  if (!(major >= MIN_JAVA)) {
    throw new StartupError(
      `Java ${MIN_JAVA} or newer is needed for the local Neo4j, found: ${text.split('\n')[0]?.trim() || `no version from java -version (exit ${result.status ?? result.signal})`}`,
      'install a JDK 17 and put it first on PATH, or set NEO4J_URI to use an existing Neo4j',
    );
  }
}

/** Checks that Maven is on PATH; it is needed only until the launcher's classpath is cached. */
export function requireMaven(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new StartupError(
      'Maven (mvn) was not found on PATH; it is needed once to download Neo4j 5.26 from Maven Central',
      'install Maven (Debian: apt-get install maven), or set NEO4J_URI to use an existing Neo4j',
    );
  }
}
