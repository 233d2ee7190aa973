import http from 'node:http';
import { StartupError } from '../errors';
import type { HttpHandler } from './app';

/** Listens on host:port and resolves once bound; a taken port becomes a StartupError naming the fix. */
export function listen(handler: HttpHandler, host: string, port: number): Promise<http.Server> {
  const server = http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new StartupError(
            `port ${port} on ${host} is already in use`,
            'stop whatever listens there, or set PORT to a free port',
          ),
        );
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(
          new StartupError(
            `cannot listen on ${host}: ${error.code}`,
            'set HOST to an address of this machine, such as 127.0.0.1',
          ),
        );
      } else {
        reject(error);
      }
    });
    server.listen(port, host, () => resolve(server));
  });
}

/**
 * Graceful close: stop accepting connections, let requests in flight finish (idle keep-alive connections
 * are closed as they become idle), and cut whatever is still open after `graceMs`.
 */
export function drainServer(server: http.Server, graceMs: number): Promise<{ cut: boolean }> {
  return new Promise((resolve) => {
    let cut = false;
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => {
      cut = true;
      server.closeAllConnections();
    }, graceMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(deadline);
      resolve({ cut });
    });
    server.closeIdleConnections();
  });
}

export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
