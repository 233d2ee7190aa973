import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { jwtVerify, type JWTHeaderParameters } from 'jose';
import type { Plugin } from 'graphql-yoga';
import type { Caller } from '../graphql/authorise';
import type { Logger } from '../logger';
import { RateLimiter } from './rate-limit';
import { requestIdOf } from './request-id';
import type { SecurityConfig } from './security-config';

type AuthSettings = SecurityConfig['auth'];

export function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

class Unauthenticated extends Error {}

function credentialOf(headers: Headers): string | undefined {
  const authorization = headers.get('authorization');
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match) throw new Unauthenticated("the Authorization header must be 'Bearer <API key or token>'");
    return match[1];
  }
  return headers.get('x-api-key')?.trim() || undefined;
}

/** Compares the key's digest with every configured digest in constant time, without stopping early. */
function matchApiKey(key: string, settings: AuthSettings): Caller | undefined {
  const digest = sha256(key);
  let found: Caller | undefined;
  for (const entry of settings.apiKeys) {
    if (timingSafeEqual(entry.sha256, digest) && !found)
      found = { role: entry.role, id: `key:${entry.name}` };
  }
  return found;
}

/** Asymmetric algorithms a JWKS key may sign with; HS256 only ever with JWT_SECRET. */
const JWKS_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

async function verifyJwt(token: string, settings: AuthSettings): Promise<Caller> {
  const { jwtSecret, jwks } = settings;
  // The key follows from the token's algorithm, within the algorithms configured: HS256 with the secret,
  // an asymmetric one with the JWKS key its `kid` (or its key type) names.
  const key = async (header: JWTHeaderParameters, input: Parameters<NonNullable<typeof jwks>>[1]) => {
    if (header.alg === 'HS256' && jwtSecret) return jwtSecret;
    if (jwks) return jwks(header, input);
    throw new Unauthenticated(`the token's algorithm ${header.alg} is not accepted here`);
  };
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: [...(jwtSecret ? ['HS256'] : []), ...(jwks ? JWKS_ALGORITHMS : [])],
      issuer: settings.jwtIssuer,
      audience: settings.jwtAudience,
    });
    const role = payload.role;
    if (role !== 'read' && role !== 'write') {
      throw new Unauthenticated("the token's 'role' claim must be 'read' or 'write'");
    }
    return { role, id: `jwt:${typeof payload.sub === 'string' ? payload.sub : 'unnamed'}` };
  } catch (error) {
    if (error instanceof Unauthenticated) throw error;
    const code =
      error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'rejected';
    throw new Unauthenticated(`the token is not valid (${code})`);
  }
}

/** Who the request comes from; throws Unauthenticated for a wrong credential or a missing required one. */
export async function authenticate(
  headers: Headers,
  settings: AuthSettings,
  address: string,
): Promise<Caller> {
  const credential = credentialOf(headers);
  if (credential === undefined) {
    if (!settings.anonymousReads) {
      throw new Unauthenticated(
        "this server needs a credential: send an API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'",
      );
    }
    return { role: 'anonymous', id: `ip:${address}`, anonymousReads: true };
  }
  if ((settings.jwtSecret || settings.jwks) && credential.split('.').length === 3)
    return verifyJwt(credential, settings);
  const caller = matchApiKey(credential, settings);
  if (!caller) throw new Unauthenticated('the API key is not valid');
  return caller;
}

const callers = new WeakMap<Request, Caller>();

/** The caller that authentication found for this request. */
export function callerOf(request: Request): Caller | undefined {
  return callers.get(request);
}

function errorResponse(
  Response: typeof globalThis.Response,
  request: Request,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string>,
  extensions: Record<string, unknown> = {},
): Response {
  const body = {
    errors: [{ message, extensions: { code, ...extensions, requestId: requestIdOf(request) } }],
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/** GraphiQL's page (a browser's GET for HTML, no query) is served to anyone; it holds no data. */
function isGraphiqlPage(request: Request): boolean {
  return (
    request.method === 'GET' &&
    (request.headers.get('accept') ?? '').includes('text/html') &&
    !new URL(request.url).searchParams.has('query')
  );
}

/**
 * Authentication and the per-client rate limit, before GraphQL parses anything: a wrong or missing
 * credential answers 401 UNAUTHENTICATED; too many requests 429 RATE_LIMITED with Retry-After.
 */
export function authPlugin(security: SecurityConfig, logger: Logger): Plugin {
  const limiter = new RateLimiter(security.rateLimitPerMinute);
  return {
    async onRequest(payload) {
      const { request, serverContext, fetchAPI } = payload;
      const endResponse = (response: Response) => payload.endResponse(response);
      if (isGraphiqlPage(request)) return;
      const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
      const address = req?.socket?.remoteAddress ?? 'local';
      let caller: Caller;
      try {
        caller = await authenticate(request.headers, security.auth, address);
      } catch (error) {
        if (!(error instanceof Unauthenticated)) throw error;
        logger.info(
          { requestId: requestIdOf(request), reason: error.message },
          'Refused a request: unauthenticated',
        );
        endResponse(
          errorResponse(fetchAPI.Response, request, 401, 'UNAUTHENTICATED', error.message, {
            'www-authenticate': 'Bearer',
          }),
        );
        return;
      }
      const wait = limiter.take(caller.id);
      if (wait > 0) {
        logger.info(
          { requestId: requestIdOf(request), client: caller.id },
          'Refused a request: rate limited',
        );
        endResponse(
          errorResponse(
            fetchAPI.Response,
            request,
            429,
            'RATE_LIMITED',
            `too many requests from ${caller.id}: the limit is ${security.rateLimitPerMinute} a minute (RATE_LIMIT_PER_MINUTE); retry after ${wait} s`,
            { 'retry-after': String(wait) },
            { retryAfterSeconds: wait },
          ),
        );
        return;
      }
      callers.set(request, caller);
    },
  };
}
