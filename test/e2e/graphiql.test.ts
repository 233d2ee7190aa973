import fs from 'node:fs';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { EXAMPLE_OPERATIONS_FILE } from '../../src/server/app';
import {
  askApi,
  baseUrl,
  openBrowser,
  screenshot,
  serviceGone,
  type BrowserSession,
} from './support/browser';

jest.setTimeout(120_000);

const operationNames = parse(fs.readFileSync(EXAMPLE_OPERATIONS_FILE, 'utf8'))
  .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  .map((operation) => operation.name!.value);

describe('GraphiQL at /graphql, offline', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(() => browser.close());

  it('loads from the service alone, opens every example operation as its own tab, and runs one', async () => {
    const { page } = browser;
    expect(serviceGone()).toBeUndefined();
    await page.goto(`${baseUrl()}/graphql`);
    const tabs = page.locator('.graphiql-tab');
    await tabs.first().waitFor({ timeout: 60_000 });
    await expectTabs(page.locator('.graphiql-tab'), operationNames);

    await tabs.nth(operationNames.indexOf('Events2018')).click();
    await page.locator('.graphiql-execute-button').click();
    const { timeline } = await askApi<{ timeline: { edges: Array<{ node: { title: string } }> } }>(
      '{ timeline(from: "2018", to: "2018") { edges { node { title } } } }',
    );
    const firstTitle = timeline.edges[0]!.node.title;
    await page.locator('.graphiql-response', { hasText: firstTitle }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'graphiql');

    await expectExplorerLink(page);
    expect(browser.offMachine()).toEqual([]);
    expect(browser.requests.some((url) => url.endsWith('/graphql'))).toBe(true);
    expect(serviceGone()).toBeUndefined();
  });
});

async function expectTabs(tabs: ReturnType<BrowserSession['page']['locator']>, names: string[]) {
  expect(await tabs.count()).toBe(names.length);
  expect(await tabs.allInnerTexts()).toEqual(names);
}

async function expectExplorerLink(page: BrowserSession['page']) {
  const link = page.locator('#explorer-link');
  expect(await link.getAttribute('href')).toBe('/explorer');
}
