import path from 'node:path';
import { ARTEFACTS_DIR, askApi, openBrowser, screenshot, type BrowserSession } from './support/browser';
import {
  apiTimelineIds,
  clickNode,
  eventsOf,
  graphOf,
  openExplorer,
  seededEvents,
  timelineX,
  waitUntilIdle,
} from './support/explorer';

jest.setTimeout(120_000);

const FUZZY_YEAR = 'event:canada-china-relationship-breakdown'; // "in 2018"
const FUZZY_END = 'event:detention-of-two-canadians'; // "for nearly three years" from 10 Dec 2018
const ONGOING = 'event:china-tariffs-pork-canola-seafood'; // in force since 8 Mar 2025
const VISIT = 'event:carney-visit-to-china';
const ARREST = 'event:meng-wanzhou-arrest';

describe('the explorer at /explorer', () => {
  let browser: BrowserSession;
  const seeded = seededEvents();
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(() => browser.close());
  /** Every page of every test: nothing fetched from off the machine, nothing logged as an error. */
  const expectCleanPage = () => {
    expect(browser.offMachine()).toEqual([]);
    expect(browser.errors).toEqual([]);
  };

  it('loads with no console errors and draws every seeded event on the timeline', async () => {
    const { page } = browser;
    // Tall enough for every lane at once: vis-timeline draws only the lanes in view.
    await page.setViewportSize({ width: 1366, height: 4000 });
    await openExplorer(page);
    const drawn = await page
      .locator('.vis-item [data-event-id]')
      .evaluateAll((nodes) =>
        nodes.map((node) => (node as unknown as { dataset: { eventId: string } }).dataset.eventId),
      );
    expect(seeded.all.length).toBe(46);
    expect(new Set(drawn)).toEqual(new Set(seeded.all));
    expect((await graphOf(page)).visibleNodes).toEqual(expect.arrayContaining(seeded.all));
    await screenshot(page, 'explorer-tall');
    expectCleanPage();
  });

  it('draws a fuzzy time as its possible extent as the links tightened it, and an ongoing state open-ended', async () => {
    const { page } = browser;
    // The explorer draws the bounds as the links tightened them (the release ends the detention).
    const answer = await askApi<{
      year: { time: { tightened: { earliestStart: string; latestEnd: string } } };
      detention: { time: { latestEnd: string; tightened: { earliestStart: string; latestEnd: string } } };
      ongoing: { time: { tightened: { start: string; end: string | null; latestEnd: string | null } } };
    }>(`{
      year: event(id: "${FUZZY_YEAR}") { time { tightened { earliestStart latestEnd } } }
      detention: event(id: "${FUZZY_END}") { time { latestEnd tightened { earliestStart latestEnd } } }
      ongoing: event(id: "${ONGOING}") { time { tightened { start end latestEnd } } }
    }`);
    const year = { time: answer.year.time.tightened };
    const detention = { time: answer.detention.time.tightened };
    const ongoing = { time: answer.ongoing.time.tightened };

    const yearItem = page.locator('.vis-item', { has: page.locator(`[data-event-id="${FUZZY_YEAR}"]`) });
    await expect(yearItem.getAttribute('class')).resolves.toMatch(/vis-range.*shape-fuzzy/);
    const yearBox = (await yearItem.boundingBox())!;
    expect(Math.abs(yearBox.x - (await timelineX(page, year.time.earliestStart)))).toBeLessThan(3);
    expect(Math.abs(yearBox.x + yearBox.width - (await timelineX(page, year.time.latestEnd)))).toBeLessThan(
      3,
    );

    // "Nearly three years" alone would run to Dec 2021; the release that ended it stops it in Sep 2021,
    // and the drawing shows the end where the links put it, well before the words' latest end.
    const detentionItem = page.locator('.vis-item', { has: page.locator(`[data-event-id="${FUZZY_END}"]`) });
    const detentionBox = (await detentionItem.boundingBox())!;
    expect(
      Math.abs(detentionBox.x + detentionBox.width - (await timelineX(page, detention.time.latestEnd))),
    ).toBeLessThan(3);
    expect(detentionBox.x + detentionBox.width).toBeLessThan(
      (await timelineX(page, answer.detention.time.latestEnd)) - 5,
    );

    expect(ongoing.time.end).toBeNull();
    const ongoingItem = page.locator('.vis-item', { has: page.locator(`[data-event-id="${ONGOING}"]`) });
    await expect(ongoingItem.getAttribute('class')).resolves.toMatch(/vis-range.*shape-open-ended/);
    const ongoingBox = (await ongoingItem.boundingBox())!;
    expect(Math.abs(ongoingBox.x - (await timelineX(page, ongoing.time.start)))).toBeLessThan(3);
    // Runs past the last thing the story reports (Feb 2026), out to the edge of the view.
    expect(ongoingBox.x + ongoingBox.width).toBeGreaterThan(await timelineX(page, '2026-06-01'));

    await page.setViewportSize({ width: 1366, height: 768 });
    await openExplorer(page);
    await page.screenshot({ path: path.join(ARTEFACTS_DIR, 'explorer.png') });
    await page.locator('#timeline-pane').screenshot({ path: path.join(ARTEFACTS_DIR, 'timeline.png') });
    expectCleanPage();
  });

  it('clicking a node expands its neighbourhood as the API returns it', async () => {
    const { page } = browser;
    const before = await graphOf(page);
    const { neighbourhood } = await askApi<{ neighbourhood: { nodes: Array<{ id: string }> } }>(
      '{ neighbourhood(id: "person:xi-jinping", depth: 1, limit: 60) { nodes { id } } }',
    );
    const fresh = neighbourhood.nodes.map((n) => n.id).filter((id) => !before.nodes.includes(id));
    expect(fresh.length).toBeGreaterThan(0);

    await clickNode(page, 'person:xi-jinping');
    const after = await graphOf(page);
    expect(after.selected).toEqual(['person:xi-jinping']);
    expect(after.nodes).toEqual(expect.arrayContaining(fresh));
    await expect(page.locator('#details h2').textContent()).resolves.toBe('Xi Jinping');
    await page.locator('#graph-pane').screenshot({ path: path.join(ARTEFACTS_DIR, 'graph.png') });
    expectCleanPage();
  });

  it('picking two nodes highlights the shortest and the time-respecting path the API returns', async () => {
    const { page } = browser;
    await page.locator('#details [data-path-to="person:xi-jinping"]').click();
    await page.locator('#search-text').fill('Scott Moe');
    await page.locator('#search-text').press('Enter');
    await page.locator('#search-results [data-hit="person:scott-moe"]').click();
    await waitUntilIdle(page);
    await page.locator('#details [data-path-from="person:scott-moe"]').click();
    await waitUntilIdle(page);

    const api = await askApi<{
      shortest: { nodes: Array<{ id: string }>; edges: Array<{ id: string }> };
      forward: { nodes: Array<{ id: string }>; edges: Array<{ id: string }> };
    }>(`{
      shortest: shortestPath(source: "person:scott-moe", target: "person:xi-jinping", maxHops: 6) { nodes { id } edges { id } }
      forward: shortestPath(source: "person:scott-moe", target: "person:xi-jinping", maxHops: 6, timeRespecting: true) { nodes { id } edges { id } }
    }`);
    const ids = (path: { nodes: Array<{ id: string }>; edges: Array<{ id: string }> }) => [
      ...path.nodes.map((n) => n.id),
      ...path.edges.map((e) => e.id),
    ];
    const graph = await graphOf(page);
    expect(graph.path.shortest).toEqual(ids(api.shortest));
    expect(graph.path.forward).toEqual(ids(api.forward));
    expect(new Set(graph.onPath)).toEqual(new Set([...ids(api.shortest), ...ids(api.forward)]));
    await expect(page.locator('#path [data-path="Shortest"]').textContent()).resolves.toContain('Scott Moe');
    await page.locator('#graph-pane').screenshot({ path: path.join(ARTEFACTS_DIR, 'graph-path.png') });
    expectCleanPage();
  });

  it('narrowing the window removes the events outside it from the graph, as the API decides', async () => {
    const { page } = browser;
    // Tall enough for every lane: the count of dimmed items below reads the lanes vis-timeline draws.
    await page.setViewportSize({ width: 1366, height: 4000 });
    await openExplorer(page);
    expect((await graphOf(page)).visibleNodes).toContain(ARREST);

    await page.locator('#from').fill('2025-01-01');
    await page.locator('#from').dispatchEvent('change');
    await page.locator('#match').selectOption('CERTAINLY');
    await waitUntilIdle(page);

    const inside = await apiTimelineIds({ from: '2025-01-01', to: '2026-07-01', match: 'CERTAINLY' });
    const graph = await graphOf(page);
    const shownEvents = graph.visibleNodes.filter((id) => id.startsWith('event:'));
    expect(new Set(shownEvents)).toEqual(new Set(inside));
    expect(shownEvents).not.toContain(ARREST);
    // Carney took office on 14 Mar 2025; the visit is still ongoing, so it is not certainly inside.
    expect(shownEvents).toContain('event:carney-takes-office');
    expect(shownEvents).not.toContain(VISIT);
    expect(shownEvents).not.toContain(FUZZY_YEAR);
    await expect(page.locator('.vis-item.outside [data-event-id]').count()).resolves.toBe(
      seeded.all.length - inside.length,
    );
    expectCleanPage();
  });

  it('moving the as-reported-on slider before the teasers were captured removes the teasers’ facts', async () => {
    const { page } = browser;
    await openExplorer(page);
    expect(await eventsOf(page)).toEqual(expect.arrayContaining(seeded.teasers));

    // The last stop is everything published; the one before it the teasers' capture day (5 Feb 2026);
    // one more back is the article's day.
    const slider = page.locator('#as-of');
    await slider.focus();
    await slider.press('End');
    await slider.press('ArrowLeft');
    await waitUntilIdle(page);
    await slider.press('ArrowLeft');
    await waitUntilIdle(page);
    const asOf = await page.evaluate(
      () => (globalThis as unknown as { explorer: { state(): { asOf: string } } }).explorer.state().asOf,
    );
    expect(asOf).toBe('2026-01-14');

    const events = await eventsOf(page);
    expect(new Set(events)).toEqual(new Set(await apiTimelineIds({ asOf: '2026-01-14' })));
    for (const teaser of seeded.teasers) expect(events).not.toContain(teaser);
    expect(events).toEqual(expect.arrayContaining([VISIT, ARREST, FUZZY_YEAR]));
    const graph = await graphOf(page);
    for (const teaser of seeded.teasers) expect(graph.nodes).not.toContain(teaser);
    await expect(page.locator(`[data-event-id="${seeded.teasers[0]}"]`).count()).resolves.toBe(0);
    expectCleanPage();
  });

  it('shows an event’s time, participants, quotes and its source sentence highlighted in the full text', async () => {
    const { page } = browser;
    await openExplorer(page);
    await clickNode(page, VISIT);
    // Selected in the graph, selected on the timeline too.
    expect(
      await page.evaluate(() =>
        (
          globalThis as unknown as { explorer: { timelineSelection(): string[] } }
        ).explorer.timelineSelection(),
      ),
    ).toEqual([VISIT]);

    const { event } = await askApi<{
      event: {
        title: string;
        time: { expression: string; label: string };
        statements: Array<{ text: string; kind: string }>;
        evidence: Array<{ sentence: string; aspect: string; source: { text: string } }>;
      };
    }>(`{ event(id: "${VISIT}") { title time { expression label }
          statements { text kind } evidence { sentence aspect source { text } } } }`);
    const panel = page.locator('#details');
    await expect(panel.locator('h2').textContent()).resolves.toBe(event.title);
    await expect(panel.locator('.time-expression').textContent()).resolves.toBe(`“${event.time.expression}”`);
    await expect(panel.locator('.time-label').textContent()).resolves.toBe(event.time.label);
    await expect(panel.locator('text=Mark Carney').first().isVisible()).resolves.toBe(true);

    const quote = event.statements.find((s) => s.kind === 'QUOTE')!;
    expect(await panel.locator('blockquote.quote-text').allTextContents()).toContain(`“${quote.text}”`);
    const stated = event.evidence.find((e) => e.aspect === 'event')!;
    const sourceBlock = panel
      .locator('section', { hasText: 'Source' })
      .last()
      .locator('.source-text')
      .first();
    await expect(sourceBlock.locator('mark').textContent()).resolves.toBe(stated.sentence);
    await expect(sourceBlock.textContent()).resolves.toBe(stated.source.text);
    await expect(sourceBlock.locator('mark').isVisible()).resolves.toBe(true);
    await panel.locator('blockquote.quote-text').first().scrollIntoViewIfNeeded();
    await panel.screenshot({ path: path.join(ARTEFACTS_DIR, 'details.png') });
    expectCleanPage();
  });

  it('a link with the view in its URL opens the same view', async () => {
    const { page } = browser;
    await openExplorer(page);
    await page.locator('#lanes').selectOption('type');
    await page.locator('#to').fill('2026-01-01');
    await page.locator('#to').dispatchEvent('change');
    await waitUntilIdle(page);
    await page.locator(`.vis-item [data-event-id="${ARREST}"]`).click();
    await waitUntilIdle(page);
    const link = page.url();
    expect(new URL(link).searchParams.get('selected')).toBe(ARREST);
    const seen = { graph: await graphOf(page), details: await page.locator('#details h2').textContent() };

    const other = await browser.context.newPage();
    try {
      await other.goto(link);
      await waitUntilIdle(other);
      await expect(other.locator('#lanes').inputValue()).resolves.toBe('type');
      await expect(other.locator('#to').inputValue()).resolves.toBe('2026-01-01');
      await expect(other.locator('#details h2').textContent()).resolves.toBe(seen.details);
      const restored = await graphOf(other);
      expect(new Set(restored.visibleNodes)).toEqual(new Set(seen.graph.visibleNodes));
      expect(restored.selected).toEqual([ARREST]);
      await expect(
        other.locator('.vis-item.vis-selected [data-event-id]').getAttribute('data-event-id'),
      ).resolves.toBe(ARREST);
      await expect(other.locator('.vis-label', { hasText: 'arrest' }).count()).resolves.toBe(1);
    } finally {
      await other.close();
    }
    expectCleanPage();
  });

  it('shows a banner while the service cannot be reached, and recovers when it answers again', async () => {
    const { page } = browser;
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    browser.errors.length = 0;
    await page.goto(page.url());
    const banner = page.locator('#banner');
    await banner.waitFor({ state: 'visible' });
    await expect(banner.textContent()).resolves.toMatch(/database is unavailable/);
    await page.unroute('**/graphql');
    await banner.waitFor({ state: 'hidden', timeout: 15_000 });
    await waitUntilIdle(page);
    expect((await eventsOf(page)).length).toBeGreaterThan(0);
    // The refused requests are logged by Chromium itself; nothing else may be.
    browser.errors.splice(
      0,
      browser.errors.length,
      ...browser.errors.filter((e) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(e)),
    );
    expectCleanPage();
  });
});
