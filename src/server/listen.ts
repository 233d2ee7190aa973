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

export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
