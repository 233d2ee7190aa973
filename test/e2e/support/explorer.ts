import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../../src/project-root';
import { askApi, baseUrl } from './browser';

export interface GraphSnapshot {
  nodes: string[];
  visibleNodes: string[];
  visibleEdges: string[];
  onPath: string[];
  selected: string[];
  path: { shortest: string[]; forward: string[] };
}

/** The events of each seed document, by source kind: what the page must show, read from seed/ itself. */
export function seededEvents(): { all: string[]; article: string[]; teasers: string[] } {
  const dir = path.join(projectRoot(), 'seed');
  const article: string[] = [];
  const teasers: string[] = [];
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.json'))) {
    const document = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as {
      source: { kind: string };
      events: Array<{ id: string }>;
    };
    (document.source.kind === 'TEASER' ? teasers : article).push(...document.events.map((e) => e.id));
  }
  return { all: [...article, ...teasers], article, teasers };
}

export async function openExplorer(page: Page, query = ''): Promise<void> {
  await page.goto(`${baseUrl()}/explorer/${query}`);
  await waitUntilIdle(page);
}

/** Waits until the page has loaded its story and no request of its own is pending. */
export async function waitUntilIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.body.dataset.windowEvents !== undefined && document.body.getAttribute('aria-busy') === 'false',
    null,
    { timeout: 60_000 },
  );
}

export const graphOf = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { explorer: { graph(): GraphSnapshot } }).explorer.graph());

export const eventsOf = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { explorer: { events(): string[] } }).explorer.events());

export async function clickNode(page: Page, id: string): Promise<void> {
  const at = await page.evaluate(
    (nodeId) =>
      (
        globalThis as unknown as { explorer: { nodePosition(id: string): { x: number; y: number } | null } }
      ).explorer.nodePosition(nodeId),
    id,
  );
  if (!at) throw new Error(`node ${id} is not drawn`);
  await page.mouse.click(at.x, at.y);
  await waitUntilIdle(page);
}

/** The ids of the events the API's timeline holds for these arguments, all pages. */
export async function apiTimelineIds(args: Record<string, string> = {}): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const data: {
      timeline: {
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: { id: string } }>;
      };
    } = await askApi(
      `query ($from: PartialDate, $to: PartialDate, $match: TimeMatch, $asOf: PartialDate, $after: String) {
          timeline(from: $from, to: $to, match: $match, asOf: $asOf, first: 100, after: $after) {
            pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      { ...args, after },
    );
    ids.push(...data.timeline.edges.map((edge) => edge.node.id));
    after = data.timeline.pageInfo.hasNextPage ? data.timeline.pageInfo.endCursor : null;
  } while (after);
  return ids;
}

/** Page x of a date on the timeline, from its visible window and the width of its centre panel. */
export async function timelineX(page: Page, iso: string): Promise<number> {
  const window = await page.evaluate(() =>
    (
      globalThis as unknown as { explorer: { timelineWindow(): { start: number; end: number } } }
    ).explorer.timelineWindow(),
  );
  const box = (await page.locator('.vis-panel.vis-center').boundingBox())!;
  return box.x + ((Date.parse(iso) - window.start) / (window.end - window.start)) * box.width;
}
