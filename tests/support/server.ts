/** A loopback HTTP server for fixture pages, and a "remote" one that counts what reaches it. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureServer {
  origin: string;
  /** Every request received, in order (method and path). */
  requests: string[];
  close: () => Promise<void>;
}

export type Route = (request: IncomingMessage) => { status?: number; type?: string; body: string | Buffer } | undefined;

/** Serves `routes` (path -> HTML, or a function) on 127.0.0.1 at a free port. */
export async function serve(routes: Record<string, string> | Route): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const found = typeof routes === 'function' ? routes(request) : lookup(routes, request.url ?? '/');
    if (!found) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(found.status ?? 200, { 'content-type': found.type ?? 'text/html; charset=utf-8' }).end(found.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function lookup(routes: Record<string, string>, url: string): ReturnType<Route> {
  const path = new URL(url, 'http://x').pathname;
  const body = routes[path];
  return body === undefined ? undefined : { body };
}
