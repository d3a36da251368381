/**
 * JavaScript loaded per entry point of a built extension: the entry's files plus every chunk
 * they import statically (what the browser fetches before the page runs), raw and gzip.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrySize {
  entry: string;
  files: string[];
  rawBytes: number;
  /** Each file gzipped on its own (level 6), summed. */
  gzipBytes: number;
  /** Libraries whose marker strings occur in the loaded files. */
  contains: string[];
  /** Per file, largest (gzip) first. */
  perFile: { file: string; rawBytes: number; gzipBytes: number }[];
}

/** Strings that survive minification (property names, error texts) and identify a library. */
export const LIBRARY_MARKERS: Record<string, string[]> = {
  Readability: ['_grabArticle', '_unwrapNoscriptImages'],
  turndown: ['is not a string, or an element/document/fragment node', 'blankReplacement'],
  linkedom: ['HTMLUnknownElement'],
  DOMPurify: ['uponSanitizeElement'],
  Dexie: ['DexieError'],
  zod: ['$ZodType'],
};

/** Entry points of the Chrome build and where each one's loading starts. */
export function entryPoints(dir: string): { entry: string; start: string }[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { background?: { service_worker?: string } };
  return [
    { entry: 'background', start: manifest.background?.service_worker ?? 'background.js' },
    { entry: 'popup', start: 'popup.html' },
    { entry: 'journal', start: 'journal.html' },
    { entry: 'offscreen', start: 'offscreen.html' },
    { entry: 'extract-worker', start: 'extract-worker.js' },
    { entry: 'content script', start: 'content-scripts/extract.js' },
  ];
}

export function measureEntry(dir: string, entry: string, start: string): EntrySize {
  const files = start.endsWith('.html') ? scriptsOfHtml(readFileSync(join(dir, start), 'utf8')) : [start];
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const imported of staticImports(readFileSync(join(dir, file), 'utf8'))) visit(resolvePath(file, imported));
  };
  for (const file of files) visit(file);
  let rawBytes = 0;
  let gzipBytes = 0;
  const contains = new Set<string>();
  const perFile: EntrySize['perFile'] = [];
  for (const file of loaded) {
    const content = readFileSync(join(dir, file));
    const gzipped = gzipSync(content).length;
    perFile.push({ file, rawBytes: content.length, gzipBytes: gzipped });
    rawBytes += content.length;
    gzipBytes += gzipped;
    const text = content.toString('utf8');
    for (const [library, markers] of Object.entries(LIBRARY_MARKERS)) {
      if (markers.some((marker) => text.includes(marker))) contains.add(library);
    }
  }
  perFile.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { entry, files: [...loaded], rawBytes, gzipBytes, contains: [...contains], perFile };
}

/** Module scripts and modulepreloads of an HTML page, as paths relative to the build folder. */
export function scriptsOfHtml(html: string): string[] {
  const found: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    const isPreload = /\brel=["']?modulepreload/i.test(tag);
    if (!isScript && !isPreload) continue;
    const address = /\b(?:src|href)=["']([^"']+)["']/i.exec(tag)?.[1];
    if (address) found.push(resolvePath('index.html', address));
  }
  return found;
}

/**
 * The static imports at the head of a bundled ES module (`import"./a.js";import{x}from"./b.js"`).
 * Dynamic `import()` is not followed: it loads only when the code asks for it.
 */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const statement = /\s*(?:\/\*[\s\S]*?\*\/\s*|\/\/[^\n]*\n\s*)*(?:import|export)\s*(?:[^"';()]*?\bfrom\s*)?["']([^"']+)["']\s*;?/y;
  for (let match = statement.exec(code); match; match = statement.exec(code)) found.push(match[1] as string);
  return found;
}

function resolvePath(from: string, address: string): string {
  return new URL(address, `file:///${from}`).pathname.slice(1);
}
