import path from 'node:path';
import { z } from 'zod';
import { projectRoot } from './project-root';
import { StartupError } from './errors';
import { securityEnv, securityConfig, type SecurityConfig } from './server/security-config';

export const LOCAL_NEO4J_DEFAULT_PASSWORD = 'eventgraph-local';

const portMessage = 'must be a port number from 1 to 65535';
const port = z.coerce
  .number({ error: portMessage })
  .int(portMessage)
  .min(1, portMessage)
  .max(65535, portMessage);
const megabytesMessage = 'must be a whole number of megabytes from 64 to 65536';
const megabytes = z.coerce
  .number({ error: megabytesMessage })
  .int(megabytesMessage)
  .min(64, megabytesMessage)
  .max(65536, megabytesMessage);

const flag = z.enum(['true', 'false'], 'must be true or false').transform((value) => value === 'true');

const envSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z
    .enum(
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      'must be one of fatal, error, warn, info, debug, trace, silent',
    )
    .default('info'),
  LOG_FORMAT: z.enum(['pretty', 'json'], 'must be pretty or json').optional(),
  SEED_DIR: z.string().min(1).optional(),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must look like bolt://host:7687 or neo4j://host:7687')
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_WAIT_MS: z.coerce
    .number({ error: 'must be a whole number of milliseconds from 0 to 3600000' })
    .int('must be a whole number of milliseconds from 0 to 3600000')
    .min(0, 'must be a whole number of milliseconds from 0 to 3600000')
    .max(3_600_000, 'must be a whole number of milliseconds from 0 to 3600000')
    .default(60_000),
  LOCAL_NEO4J_BOLT_PORT: port.default(7687),
  LOCAL_NEO4J_DATA_DIR: z.string().min(1).optional(),
  LOCAL_NEO4J_PASSWORD: z
    .string()
    .min(8, 'Neo4j needs at least 8 characters')
    .default(LOCAL_NEO4J_DEFAULT_PASSWORD),
  LOCAL_NEO4J_HEAP_MB: megabytes.default(512),
  LOCAL_NEO4J_PAGECACHE_MB: megabytes.default(256),
  LOCAL_NEO4J_CACHE_DIR: z.string().min(1).optional(),
  ENABLE_MUTATIONS: flag.default(true),
  WARM_UP: flag.default(true),
  ...securityEnv,
});

export interface ExternalNeo4j {
  kind: 'external';
  uri: string;
  username: string;
  password: string;
  database?: string;
  /** How long start-up waits for this server to answer before it gives up (NEO4J_WAIT_MS). */
  waitMs: number;
}

export interface LocalNeo4jSettings {
  kind: 'local';
  boltPort: number;
  dataDir: string;
  password: string;
  heapMb: number;
  pageCacheMb: number;
  /** Where the launcher keeps its compiled class and resolved classpath. */
  cacheDir: string;
}

export interface AppConfig {
  http: { host: string; port: number };
  log: { level: string; format: 'pretty' | 'json' };
  seedDir: string;
  neo4j: ExternalNeo4j | LocalNeo4jSettings;
  /** An extra lock over mutations (ENABLE_MUTATIONS, on by default): off, not even `write` keys write. */
  mutationsEnabled: boolean;
  /** Plan every example query before listening (WARM_UP, on by default), so no first request waits. */
  warmUp: boolean;
  /** Limits, authentication, rate limit, timeouts (README: Security and operations). */
  security: SecurityConfig;
}

/** Reads the environment; every invalid variable is named in one error. */
export function loadConfig(env: NodeJS.ProcessEnv, stdoutIsTty = false): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => {
        const name = issue.path.join('.');
        const shown = /PASSWORD|SECRET|API_KEYS/.test(name) ? 'hidden' : `'${env[name] ?? ''}'`;
        return `${name} ${issue.message} (got ${shown})`;
      })
      .join('; ');
    throw new StartupError(
      `invalid environment: ${problems}`,
      'correct or unset these variables (see README)',
    );
  }
  const e = parsed.data;
  const root = projectRoot();
  const resolve = (p: string) => path.resolve(root, p);

  let neo4j: AppConfig['neo4j'];
  if (e.NEO4J_URI) {
    if (e.NEO4J_PASSWORD === undefined) {
      throw new StartupError(
        'NEO4J_URI is set but NEO4J_PASSWORD is not',
        'set NEO4J_PASSWORD for that server',
      );
    }
    neo4j = {
      kind: 'external',
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      waitMs: e.NEO4J_WAIT_MS,
    };
  } else {
    neo4j = {
      kind: 'local',
      boltPort: e.LOCAL_NEO4J_BOLT_PORT,
      dataDir: resolve(e.LOCAL_NEO4J_DATA_DIR ?? '.data/neo4j'),
      password: e.LOCAL_NEO4J_PASSWORD,
      heapMb: e.LOCAL_NEO4J_HEAP_MB,
      pageCacheMb: e.LOCAL_NEO4J_PAGECACHE_MB,
      cacheDir: resolve(e.LOCAL_NEO4J_CACHE_DIR ?? 'neo4j-local/target'),
    };
  }

  return {
    http: { host: e.HOST, port: e.PORT },
    log: { level: e.LOG_LEVEL, format: e.LOG_FORMAT ?? (stdoutIsTty ? 'pretty' : 'json') },
    seedDir: resolve(e.SEED_DIR ?? 'seed'),
    neo4j,
    mutationsEnabled: e.ENABLE_MUTATIONS,
    warmUp: e.WARM_UP,
    security: securityConfig(e),
  };
}
