import fs from 'node:fs';
import { createLocalJWKSet, type JSONWebKeySet } from 'jose';
import { z } from 'zod';
import type { Role } from '../graphql/authorise';

export interface ApiKeyEntry {
  /** A name for logs and rate limiting; never the key itself. */
  name: string;
  role: Role;
  /** SHA-256 of the key, 32 bytes. */
  sha256: Buffer;
}

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  /** What a list field without page arguments is assumed to hold, in the cost model. */
  listSize: number;
  introspection: boolean;
  suggestions: boolean;
  maxResponseBytes: number;
}

export interface SecurityConfig {
  limits: QueryLimits;
  maxBodyBytes: number;
  auth: {
    apiKeys: ApiKeyEntry[];
    /** HS256 secret for JWTs (the `role` claim holds read or write). */
    jwtSecret?: Uint8Array;
    /** Public keys for asymmetric JWTs (RS256, ES256, EdDSA...), from the JWKS file JWT_JWKS_FILE. */
    jwks?: ReturnType<typeof createLocalJWKSet>;
    jwtIssuer?: string;
    jwtAudience?: string;
    anonymousReads: boolean;
  };
  /** Requests per minute per client (key, or address when anonymous); 0 turns it off. */
  rateLimitPerMinute: number;
  /** Neo4j transaction timeout for each read transaction (every query a request sends). */
  transactionTimeoutMs: number;
  /** Neo4j transaction timeout for each write transaction (a document, the seed at start-up). */
  writeTimeoutMs: number;
  /** How long SIGTERM waits for requests in flight before cutting them. */
  shutdownGraceMs: number;
}

const whole = (min: number, max: number, what: string) => {
  const message = `must be a whole number ${what} from ${min} to ${max}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
};
const flag = z.enum(['true', 'false'], 'must be true or false').transform((value) => value === 'true');

const KEY_ENTRY = /^([A-Za-z0-9_.-]{1,64}):(read|write):([0-9a-f]{64})$/;

/** `name:role:sha256hex` entries, comma separated (`npm run key:create` prints one). */
const apiKeys = z
  .string()
  .transform((text, ctx) => {
    const entries: ApiKeyEntry[] = [];
    for (const raw of text
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)) {
      const match = KEY_ENTRY.exec(raw);
      if (!match) {
        ctx.addIssue({
          code: 'custom',
          message: `has an entry that is not name:read|write:<64 hex digits of SHA-256> (entry ${entries.length + 1})`,
        });
        return z.NEVER;
      }
      // The pattern admits only read or write here.
      entries.push({
        name: match[1]!,
        role: match[2] === 'write' ? 'write' : 'read',
        sha256: Buffer.from(match[3]!, 'hex'),
      });
    }
    return entries;
  })
  .optional();

/** A JWKS file (`{"keys": [...]}`: public keys only), read once at start-up. */
const jwksFile = z
  .string()
  .min(1)
  .transform((file, ctx) => {
    let set: unknown;
    try {
      set = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      const why = error instanceof SyntaxError ? 'is not JSON' : 'cannot be read';
      ctx.addIssue({ code: 'custom', message: `names a file that ${why} (${file})` });
      return z.NEVER;
    }
    const keys = isJwks(set) ? set.keys : [];
    if (keys.length === 0) {
      ctx.addIssue({ code: 'custom', message: `names a file without a "keys" list of JWKs (${file})` });
      return z.NEVER;
    }
    if (keys.some((key) => 'd' in key || key.kty === 'oct')) {
      ctx.addIssue({
        code: 'custom',
        message: `names a file with a private or secret key; it must hold public keys only (${file})`,
      });
      return z.NEVER;
    }
    try {
      return createLocalJWKSet({ keys });
    } catch {
      ctx.addIssue({ code: 'custom', message: `names a file that is not a valid JWKS (${file})` });
      return z.NEVER;
    }
  })
  .optional();

function isJwks(value: unknown): value is JSONWebKeySet {
  return (
    typeof value === 'object' &&
    value !== null &&
    'keys' in value &&
    Array.isArray(value.keys) &&
    value.keys.every((key: unknown) => typeof key === 'object' && key !== null && 'kty' in key)
  );
}

export const securityEnv = {
  GRAPHQL_MAX_DEPTH: whole(2, 100, 'of levels').default(15),
  GRAPHQL_MAX_COST: whole(10, 100_000_000, 'of cost points').default(50_000),
  GRAPHQL_MAX_ALIASES: whole(0, 1000, 'of aliases').default(30),
  GRAPHQL_MAX_DIRECTIVES: whole(0, 1000, 'of directives').default(30),
  GRAPHQL_MAX_TOKENS: whole(100, 1_000_000, 'of tokens').default(5_000),
  GRAPHQL_LIST_SIZE: whole(1, 1000, 'of items').default(10),
  GRAPHQL_INTROSPECTION: flag.default(true),
  GRAPHQL_SUGGESTIONS: flag.default(false),
  RESPONSE_MAX_BYTES: whole(1024, 1_073_741_824, 'of bytes').default(8 * 1024 * 1024),
  REQUEST_MAX_BYTES: whole(1024, 1_073_741_824, 'of bytes').default(2 * 1024 * 1024),
  API_KEYS: apiKeys,
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters (HS256)').optional(),
  JWT_JWKS_FILE: jwksFile,
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  ANONYMOUS_READS: flag.default(true),
  RATE_LIMIT_PER_MINUTE: whole(0, 1_000_000, 'of requests').default(600),
  // Generous enough for a cold server planning the explorer's first queries on a busy 2-core machine.
  NEO4J_TRANSACTION_TIMEOUT_MS: whole(100, 3_600_000, 'of milliseconds').default(30_000),
  NEO4J_WRITE_TIMEOUT_MS: whole(100, 3_600_000, 'of milliseconds').default(300_000),
  SHUTDOWN_GRACE_MS: whole(0, 600_000, 'of milliseconds').default(10_000),
};

const securityEnvSchema = z.object(securityEnv);
type SecurityEnv = z.output<typeof securityEnvSchema>;

export function securityConfig(e: SecurityEnv): SecurityConfig {
  return {
    limits: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      listSize: e.GRAPHQL_LIST_SIZE,
      introspection: e.GRAPHQL_INTROSPECTION,
      suggestions: e.GRAPHQL_SUGGESTIONS,
      maxResponseBytes: e.RESPONSE_MAX_BYTES,
    },
    maxBodyBytes: e.REQUEST_MAX_BYTES,
    auth: {
      apiKeys: e.API_KEYS ?? [],
      jwtSecret: e.JWT_SECRET === undefined ? undefined : new TextEncoder().encode(e.JWT_SECRET),
      jwks: e.JWT_JWKS_FILE,
      jwtIssuer: e.JWT_ISSUER,
      jwtAudience: e.JWT_AUDIENCE,
      anonymousReads: e.ANONYMOUS_READS,
    },
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    transactionTimeoutMs: e.NEO4J_TRANSACTION_TIMEOUT_MS,
    writeTimeoutMs: e.NEO4J_WRITE_TIMEOUT_MS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
  };
}

/** The defaults, for tests and tools that build an app without reading the environment. */
export function defaultSecurityConfig(): SecurityConfig {
  return securityConfig(securityEnvSchema.parse({}));
}
