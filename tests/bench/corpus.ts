/**
 * The shared Readability corpus, read in place (never copied into the project), and a loopback
 * server for it. Pages are served with their scripts blocked and every other host unresolvable
 * (see `ISOLATION_ARGS`), so a page can neither redirect away nor wait on the network: what is
 * timed is our pipeline on the page's DOM, not the page's own scripts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { READABILITY_PAGES_DIR } from '../support/shared-corpus';

export const CORPUS_DIR = READABILITY_PAGES_DIR;

export interface CorpusPage {
  name: string;
  html: Buffer;
}

/** Chromium flags: only loopback resolves, so no page waits on a host it cannot reach. */
export const ISOLATION_ARGS = ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];

const PAGE_CSP = "script-src 'none'; object-src 'none'; frame-src 'none'; worker-src 'none'";

export function loadCorpus(dir = CORPUS_DIR): CorpusPage[] {
  if (!existsSync(dir)) throw new Error(`The shared corpus is missing: ${dir}`);
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html.gz')))
    .sort()
    .map((name) => ({ name, html: gunzipSync(readFileSync(join(dir, name, 'source.html.gz'))) }));
}

export interface CorpusServer {
  /** Address of a page: `<origin>/<name>/page.html`, like Readability's `fakehost/test/page.html`. */
  urlOf: (name: string) => string;
  close: () => Promise<void>;
}

export async function serveCorpus(pages: readonly CorpusPage[]): Promise<CorpusServer> {
  const byName = new Map(pages.map((page) => [page.name, page.html]));
  const server = createServer((request, response) => {
    const [, name, file] = new URL(request.url ?? '/', 'http://x').pathname.split('/');
    const html = file === 'page.html' && name ? byName.get(name) : undefined;
    if (!html) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP }).end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    urlOf: (name) => `http://127.0.0.1:${port}/${name}/page.html`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
