/**
 * Runs inside the user's tab (the injected content script): serializes the page and the
 * selection and returns them. No parsing happens here, so a hostile page cannot make us loop
 * in its own main thread; the cap keeps what crosses the message channel small.
 */
import type { PageCapture } from './types';

/** Largest serialized page we accept (characters). Chrome caps one message at 64 MiB. */
export const MAX_PAGE_CHARS = 5_000_000;
export const MAX_SELECTION_CHARS = 500_000;

export function capturePage(doc: Document = document, win: Window = window): PageCapture {
  const html = doc.documentElement ? doc.documentElement.outerHTML : '';
  const isTooBig = html.length > MAX_PAGE_CHARS;
  const { text, html: selectionHtml } = captureSelection(doc, win);
  return {
    url: doc.location?.href ?? '',
    title: doc.title ?? '',
    html: isTooBig ? '' : html,
    isTooBig,
    selectionText: text.slice(0, MAX_SELECTION_CHARS),
    selectionHtml: selectionHtml.length > MAX_SELECTION_CHARS ? '' : selectionHtml,
  };
}

function captureSelection(doc: Document, win: Window): { text: string; html: string } {
  const selection = win.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return { text: '', html: '' };
  const container = doc.createElement('div');
  for (let index = 0; index < selection.rangeCount; index++) {
    container.appendChild(selection.getRangeAt(index).cloneContents());
  }
  return { text: selection.toString().trim(), html: container.innerHTML };
}
