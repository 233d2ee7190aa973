import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../../src/project-root';

/** How global setup hands the running service's address to the test files. */
export const E2E_BASE_URL_ENV = 'EVENTGRAPH_E2E_BASE_URL';

/** A file global setup writes when the service ends: a failing test can say the service is gone, and why. */
export const E2E_SERVICE_ENDING_ENV = 'EVENTGRAPH_E2E_SERVICE_ENDING';

/** Why the service is gone, if it is; undefined while it runs. */
export function serviceGone(): string | undefined {
  const file = process.env[E2E_SERVICE_ENDING_ENV];
  return file && fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/** Debian's Chromium (apt-get install chromium); no tool downloads a browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** Screenshots and other artefacts of the browser tests. */
export const ARTEFACTS_DIR = path.join(projectRoot(), 'test-artefacts', 'e2e');

export function baseUrl(): string {
  const url = process.env[E2E_BASE_URL_ENV];
  if (!url) throw new Error('the e2e global setup did not start the service');
  return url;
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Every URL the page asked for, in order. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Requests to any host other than 127.0.0.1 (data: and blob: URLs stay on the machine). */
  offMachine(): string[];
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile, at a laptop's viewport, recording requests and errors. */
export async function openBrowser(): Promise<BrowserSession> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'eventgraph-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1366, height: 768 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return {
    context,
    page,
    requests,
    errors,
    offMachine: () =>
      requests.filter((url) => {
        const { protocol, hostname } = new URL(url);
        return !(protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1');
      }),
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTEFACTS_DIR, { recursive: true });
  const file = path.join(ARTEFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Asks the service's GraphQL API directly, to compare the page with the API's own answer. */
export async function askApi<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  }).catch((error: unknown) => {
    const gone = serviceGone();
    throw gone ? new Error(`the service under test is gone (${gone})`) : error;
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`API errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}
