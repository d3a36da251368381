#!/usr/bin/env node
/**
 * Adds an extraction fixture: `node scripts/add-fixture.mjs <name> <file-or-loopback-url> [page-url]`.
 *
 * Copies the HTML into tests/fixtures/pages/<name>/source.html and writes expected.json filled
 * in from what the pipeline produces today. The result is a draft: read it, fix what is wrong
 * (record plainly wrong Readability output in "comment"), and add `contains` / `excludes`.
 * The pipeline is TypeScript, so it is loaded through Vite's SSR loader, as the tests load it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'tests/fixtures/pages');

async function main() {
  const [name, source, pageUrlArg] = process.argv.slice(2);
  if (!name || !source || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    console.error('usage: node scripts/add-fixture.mjs <kebab-case-name> <file-or-loopback-url> [page-url]');
    process.exit(2);
  }
  const folder = join(FIXTURES, name);
  if (existsSync(folder)) throw new Error(`${folder} already exists; pick another name or delete it first`);
  const html = await readSource(source);
  const pageUrl = pageUrlArg ?? (isUrl(source) ? source : `https://example.com/${name}`);

  const vite = await createServer({ root: ROOT, configFile: false, logLevel: 'error', server: { middlewareMode: true, hmr: false } });
  try {
    const { runPipeline } = await vite.ssrLoadModule('/tests/unit/support/extraction-pipeline.ts');
    const result = runPipeline(html, pageUrl);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'source.html'), html);
    writeFileSync(join(folder, 'expected.json'), `${JSON.stringify(draftExpectation(pageUrl, result), null, 2)}\n`);
    console.info(`Wrote ${folder}: review expected.json before committing.`);
  } finally {
    await vite.close();
  }
}

function isUrl(value) {
  return /^https?:\/\//i.test(value);
}

// Only loopback addresses: fixtures are authored pages served locally, never fetched from the web.
async function readSource(source) {
  if (!isUrl(source)) return readFileSync(source, 'utf8');
  const { hostname } = new URL(source);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(hostname)) throw new Error('Only loopback URLs are accepted');
  const response = await fetch(source);
  if (!response.ok) throw new Error(`${source}: HTTP ${response.status}`);
  return response.text();
}

function draftExpectation(url, result) {
  const { article } = result;
  const base = { url, comment: 'DRAFT from scripts/add-fixture.mjs: review every field.', readerable: result.isReaderable };
  if (!article) return { ...base, article: false };
  const paragraphs = article.text.split('\n').filter((line) => line.length > 60);
  return {
    ...base,
    article: true,
    title: result.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
    lang: article.lang,
    dir: article.dir,
    canonicalUrl: result.canonicalUrl,
    minWords: Math.floor(article.wordCount * 0.9),
    contains: [paragraphs[0], paragraphs.at(-1)].filter(Boolean).map((line) => line.slice(0, 60)),
    excludes: [],
  };
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
