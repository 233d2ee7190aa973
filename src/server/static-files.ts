import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { projectRoot } from '../project-root';

export const EXPLORER_PATH = '/explorer';

/** Where `npm run build` writes the explorer's bundle (src/explorer/build.mjs). */
export const EXPLORER_DIR = path.join(projectRoot(), 'dist', 'explorer');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves the explorer's built files under /explorer; answers false when the path is not its own. Only
 * plain file names inside the build folder are served, never a path that climbs out of it.
 */
export function serveExplorer(pathname: string, req: IncomingMessage, res: ServerResponse): boolean {
  if (pathname !== EXPLORER_PATH && !pathname.startsWith(`${EXPLORER_PATH}/`)) return false;
  if (pathname === EXPLORER_PATH) {
    res.writeHead(301, { location: `${EXPLORER_PATH}/${new URL(req.url ?? '', 'http://x').search}` }).end();
    return true;
  }
  const name = pathname.slice(EXPLORER_PATH.length + 1) || 'index.html';
  const type = TYPES[path.extname(name)];
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return true;
  }
  if (!/^[\w.-]+$/.test(name) || name.startsWith('.') || !type) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return true;
  }
  fs.readFile(path.join(EXPLORER_DIR, name), (error, body) => {
    if (error) {
      const missing = name === 'index.html' ? ' (run `npm run build` to build the explorer)' : '';
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found${missing}`);
      return;
    }
    res
      .writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' })
      .end(req.method === 'HEAD' ? undefined : body);
  });
  return true;
}
