import type http from 'node:http';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { QueryRunner } from '../../src/db/runner';
import { createApp, type App } from '../../src/server/app';
import { closeServer, listen } from '../../src/server/listen';
import { defaultSecurityConfig, type SecurityConfig } from '../../src/server/security-config';
import { freePort } from './free-port';

export interface LogRecord {
  msg?: string;
  requestId?: string;
  [key: string]: unknown;
}

export interface TestHttpService {
  base: string;
  url: string;
  app: App;
  logs: LogRecord[];
  close(): Promise<void>;
}

/**
 * The real app listening on 127.0.0.1 (a free port) over the test database, with the default security
 * settings changed by `configure`; its log lines are kept in `logs`.
 */
export async function startHttpService(
  runner: QueryRunner,
  configure: (security: SecurityConfig) => void = () => undefined,
  { mutationsEnabled = true } = {},
): Promise<TestHttpService> {
  const security = defaultSecurityConfig();
  configure(security);
  const logs: LogRecord[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n'))
        if (line.trim()) logs.push(JSON.parse(line) as LogRecord);
      done();
    },
  });
  const app = createApp({ runner, logger: pino({ level: 'info' }, sink), mutationsEnabled, security });
  const port = await freePort();
  const server: http.Server = await listen(app.handle, '127.0.0.1', port);
  const base = `http://127.0.0.1:${port}`;
  return { base, url: `${base}/graphql`, app, logs, close: () => closeServer(server) };
}

export interface PostAnswer {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export async function postGraphql(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<PostAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: the test sees the text.
  }
  return { status: response.status, headers: response.headers, body: parsed };
}
