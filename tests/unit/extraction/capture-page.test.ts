// @vitest-environment happy-dom
/** The in-tab capture: serializes page and selection, flags pages over the cap. */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { capturePage, MAX_PAGE_CHARS, MAX_SELECTION_CHARS } from '../../../extraction/capture-page';

const GLOSSARY = readFileSync('tests/fixtures/pages/selection-heavy/source.html', 'utf8');

function loadPage(html: string): void {
  document.documentElement.innerHTML = html.replace(/^<!DOCTYPE html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  window.getSelection()?.removeAllRanges();
}

function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number): void {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

describe('capturePage', () => {
  beforeEach(() => loadPage(GLOSSARY));

  it('serializes the page with its title and no selection', () => {
    const capture = capturePage(document, window);
    expect(capture.title).toBe('A glossary of sailing terms for complete beginners | Tiller & Line');
    expect(capture.html).toContain('Windward');
    expect(capture.isTooBig).toBe(false);
    expect(capture.selectionText).toBe('');
    expect(capture.selectionHtml).toBe('');
  });

  it('captures a selection across two definitions with its HTML', () => {
    const terms = document.querySelectorAll('dt');
    const definitions = document.querySelectorAll('dd p');
    select(terms.item(0), 0, definitions.item(1).firstChild as Node, 12);
    const capture = capturePage(document, window);
    expect(capture.selectionText).toMatch(/^Windward/);
    expect(capture.selectionText).toContain('sit to windward');
    expect(capture.selectionText).toMatch(/The opposite$/);
    expect(capture.selectionHtml).toContain('<dt id="term-windward">Windward</dt>');
    expect(capture.selectionHtml).toContain('<dd>');
    expect(capture.selectionHtml).not.toContain('Gybe');
  });

  it('treats a collapsed selection as none', () => {
    const text = document.querySelector('dd p')?.firstChild as Node;
    select(text, 5, text, 5);
    const capture = capturePage(document, window);
    expect(capture.selectionText).toBe('');
    expect(capture.selectionHtml).toBe('');
  });

  it('keeps the selection HTML raw: sanitizing is the host’s job', () => {
    loadPage('<head><title>t</title></head><body><p id="p">Hello <img src="x" onerror="alert(1)"> world</p></body>');
    const paragraph = document.getElementById('p') as HTMLElement;
    select(paragraph, 0, paragraph, paragraph.childNodes.length);
    const capture = capturePage(document, window);
    expect(capture.selectionText).toBe('Hello  world');
    expect(capture.selectionHtml).toContain('onerror');
  });

  it('flags a page over the cap and sends no HTML, but still sends the selection', () => {
    loadPage(`<head><title>Huge</title></head><body><p id="p">Keep this</p><div>${'x'.repeat(MAX_PAGE_CHARS)}</div></body>`);
    const paragraph = document.getElementById('p') as HTMLElement;
    select(paragraph, 0, paragraph, 1);
    const capture = capturePage(document, window);
    expect(capture.isTooBig).toBe(true);
    expect(capture.html).toBe('');
    expect(capture.selectionText).toBe('Keep this');
  });

  it('drops selection HTML over its cap and cuts the selection text', () => {
    loadPage(`<head><title>t</title></head><body><p id="p">${'y'.repeat(MAX_SELECTION_CHARS + 10)}</p></body>`);
    const paragraph = document.getElementById('p') as HTMLElement;
    select(paragraph, 0, paragraph, 1);
    const capture = capturePage(document, window);
    expect(capture.selectionText).toHaveLength(MAX_SELECTION_CHARS);
    expect(capture.selectionHtml).toBe('');
  });
});
