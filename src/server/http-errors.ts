import type { IncomingMessage, ServerResponse } from 'node:http';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    .end(JSON.stringify(body));
}

/** A GraphQL-shaped error body, so GraphQL clients read it like any other error. */
export function sendGraphqlError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  const requestId = res.getHeader('x-request-id');
  sendJson(res, status, { errors: [{ message, extensions: { code, requestId } }] }, headers);
}

export function sendNotFound(res: ServerResponse, pathname: string, graphqlPath: string): void {
  sendJson(res, 404, {
    error: 'NOT_FOUND',
    message: `there is nothing at ${pathname.slice(0, 200)}; GraphQL is at ${graphqlPath}, health at /health and /ready`,
  });
}

function tooLarge(res: ServerResponse, maxBytes: number): void {
  sendGraphqlError(
    res,
    413,
    'REQUEST_TOO_LARGE',
    `the request body is over the limit of ${maxBytes} bytes (REQUEST_MAX_BYTES)`,
    { connection: 'close' },
  );
}

/**
 * Refuses a body over `maxBytes` with 413. A declared Content-Length is checked before reading; a
 * chunked body is read here up to the limit and handed on as a buffer (`buffered`); otherwise `direct`.
 */
export function limitBody(
  req: IncomingMessage,
  res: ServerResponse,
  maxBytes: number,
  direct: () => void,
  buffered: (body: Buffer) => void,
): void {
  const declared = req.headers['content-length'];
  if (declared !== undefined) {
    if (Number(declared) > maxBytes) {
      tooLarge(res, maxBytes);
      req.resume();
      return;
    }
    direct();
    return;
  }
  if (req.headers['transfer-encoding'] === undefined) {
    direct();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let refused = false;
  req.on('data', (chunk: Buffer) => {
    if (refused) return;
    size += chunk.length;
    if (size > maxBytes) {
      refused = true;
      tooLarge(res, maxBytes);
      req.resume();
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    if (!refused) buffered(Buffer.concat(chunks));
  });
  req.on('error', () => res.destroy());
}

/** Writes a fetch Response (from `yoga.fetch`) to a Node response. */
export async function sendFetchResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => (headers[key] = value));
  const body = Buffer.from(await response.arrayBuffer());
  res.writeHead(response.status, headers).end(body);
}
