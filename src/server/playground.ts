import fs from 'node:fs';
import { Kind, parse } from 'graphql';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';

/** One GraphiQL tab per operation of the examples file, each with the comment lines written above it. */
export function exampleTabs(file: string): Array<{ query: string }> {
  const text = fs.readFileSync(file, 'utf8');
  let previousEnd = 0;
  const tabs: Array<{ query: string }> = [];
  for (const definition of parse(text).definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.loc) continue;
    const between = text.slice(previousEnd, definition.loc.start).split('\n');
    const comment: string[] = [];
    for (let i = between.length - 1; i >= 0; i--) {
      const line = between[i]!.trim();
      if (line.startsWith('#')) comment.unshift(line);
      else if (line !== '' || comment.length > 0) break;
    }
    const body = text.slice(definition.loc.start, definition.loc.end);
    tabs.push({ query: [...comment, body].join('\n') + '\n' });
    previousEnd = definition.loc.end;
  }
  return tabs;
}

/**
 * GraphiQL from the service's own files (the bundle in @graphql-yoga/render-graphiql, no CDN), with a
 * link to the explorer.
 */
export function renderPlayground(explorerPath: string): (options?: GraphiQLOptions) => string {
  return (options) => {
    const page = renderGraphiQL(options);
    const end = page.lastIndexOf('</body>');
    const link =
      `<a href="${explorerPath}" id="explorer-link" style="position:fixed;right:12px;bottom:10px;z-index:10;` +
      `padding:4px 10px;border-radius:4px;background:#1f4e79;color:#fff;font:13px sans-serif;text-decoration:none">` +
      `Open the explorer: timeline and graph</a>`;
    return page.slice(0, end) + link + page.slice(end);
  };
}
