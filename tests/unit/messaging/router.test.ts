import { describe, expect, it, vi } from 'vitest';
import type { CaptureOutcome, Reply } from '../../../messaging/protocol';
import { createRouter, HandlerError, type PageHandlers, type Sender } from '../../../messaging/router';
import { isQuotaError } from '../../../storage/disk-guard';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;
const POPUP: Sender = { id: ID, url: `${ORIGIN}/popup.html` };
const ENTRY_ID = '11111111-1111-4111-8111-111111111111';
const SAVED: CaptureOutcome = { status: 'created', entryId: ENTRY_ID, kind: 'link', title: 'T' };

/** The requests these tests do not exercise, stubbed so the handler object stays complete. */
const sprintStub = async () => ({
  timer: { phase: 'idle' as const, plannedMs: 0, remainingMs: 0, elapsedMs: 0, goal: '' },
  defaultMinutes: 15,
  competencies: [],
});
const OTHER_HANDLERS: Omit<PageHandlers, 'clip' | 'note/create' | 'entry/annotate'> = {
  'sprint/get': sprintStub,
  'sprint/start': sprintStub,
  'sprint/pause': sprintStub,
  'sprint/resume': sprintStub,
  'sprint/stop': sprintStub,
  'sprint/extend': sprintStub,
  'sprint/dismiss': sprintStub,
  'reflection/save': async () => ({ reflectionId: ENTRY_ID }),
  'entry/suggestions': async () => ({ suggestions: [] }),
  'entry/add-competencies': async () => ({ entryId: ENTRY_ID, competencyIds: [] }),
  'page/status': async () => ({}),
  'journal/delete-everything': async () => ({ deleted: true }),
};

function makeRouter(overrides: Partial<PageHandlers> = {}) {
  const handlers: PageHandlers = {
    clip: vi.fn(async () => SAVED),
    'note/create': vi.fn(async () => SAVED),
    'entry/annotate': vi.fn(async () => ({ entryId: ENTRY_ID })),
    ...OTHER_HANDLERS,
    ...overrides,
  };
  return { handlers, route: createRouter(handlers, { extensionId: ID, extensionBaseUrl: `${ORIGIN}/` }) };
}

describe('createRouter', () => {
  it('dispatches a valid request to its handler', async () => {
    const { handlers, route } = makeRouter();
    const reply = await route({ type: 'clip', mode: 'article', tabId: 4 }, POPUP);
    expect(reply).toEqual({ ok: true, value: SAVED });
    expect(handlers.clip).toHaveBeenCalledWith({ type: 'clip', mode: 'article', tabId: 4 }, POPUP);
  });

  it.each([
    ['another extension', { id: 'otherextensionidotherextensionid', url: `${ORIGIN}/popup.html` }],
    ['a content script on a web page', { id: ID, url: 'https://example.com/article' }],
    ['a page pretending to be ours by path', { id: ID, url: 'https://evil.example/chrome-extension://x/popup.html' }],
    ['no URL', { id: ID }],
    ['a malformed URL', { id: ID, url: 'not a url' }],
    ['no id', { url: `${ORIGIN}/popup.html` }],
    ['an origin that only starts like ours', { id: ID, url: `${ORIGIN}evil/popup.html` }],
  ])('refuses requests from %s', async (_, sender: Sender) => {
    const { handlers, route } = makeRouter();
    const reply = await route({ type: 'clip', mode: 'article' }, sender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(handlers.clip).not.toHaveBeenCalled();
  });

  it.each([
    ['not an object', 'clip'],
    ['null', null],
    ['an unknown type', { type: 'export/all' }],
    ['a wrong mode', { type: 'clip', mode: 'screenshot' }],
    ['an extra key', { type: 'clip', mode: 'link', admin: true }],
    ['a negative tab id', { type: 'clip', mode: 'link', tabId: -1 }],
    ['a fractional tab id', { type: 'clip', mode: 'link', tabId: 1.5 }],
    ['an empty note', { type: 'note/create', text: '   ', aboutPage: false }],
    ['a huge note', { type: 'note/create', text: 'x'.repeat(200_000), aboutPage: false }],
    ['a bad entry id', { type: 'entry/annotate', id: '../../etc', note: '', tags: [] }],
    ['too many tags', { type: 'entry/annotate', id: ENTRY_ID, note: '', tags: Array.from({ length: 51 }, (_, index) => `t${index}`) }],
    ['a prototype key', JSON.parse('{"type":"clip","mode":"link","__proto__":{"polluted":true}}')],
  ])('refuses %s as a bad request', async (_, message) => {
    const { handlers, route } = makeRouter();
    const reply = await route(message, POPUP);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(handlers.clip).not.toHaveBeenCalled();
    expect(handlers['note/create']).not.toHaveBeenCalled();
    expect(handlers['entry/annotate']).not.toHaveBeenCalled();
  });

  it('leaves messages addressed to the offscreen document to their listener', () => {
    const { route } = makeRouter();
    expect(route({ target: 'offscreen', request: {} }, POPUP)).toBeUndefined();
  });

  it.each([
    ['a handler error keeps its code', new HandlerError('not-found', 'gone'), { code: 'not-found', message: 'gone' }],
    [
      'a full disk',
      Object.assign(new Error('abort'), { name: 'AbortError', inner: Object.assign(new Error('q'), { name: 'QuotaExceededError' }) }),
      { code: 'storage-full' },
    ],
    ['anything else is internal and says nothing changed', new TypeError('boom'), { code: 'internal' }],
  ])('%s', async (_, thrown, expected) => {
    const onError = vi.fn();
    const handlers: PageHandlers = {
      clip: async () => {
        throw thrown;
      },
      'note/create': async () => SAVED,
      'entry/annotate': async () => ({ entryId: ENTRY_ID }),
      ...OTHER_HANDLERS,
    };
    const route = createRouter(handlers, { extensionId: ID, extensionBaseUrl: `${ORIGIN}/`, onError });
    const reply = await route({ type: 'clip', mode: 'link' }, POPUP);
    expect(reply).toMatchObject({ ok: false, error: expected });
    expect(onError).toHaveBeenCalledWith(thrown);
  });
});

describe('requests retried with the same id', () => {
  const REQUEST_ID = '22222222-2222-4222-8222-222222222222';
  const memory = () => {
    const kept = new Map<string, Reply<unknown>>();
    return {
      kept,
      recall: async (id: string) => kept.get(id),
      remember: async (id: string, reply: Reply<unknown>) => {
        kept.set(id, reply);
      },
    };
  };

  it('runs the action once and answers the retry with the first reply', async () => {
    const replies = memory();
    const note = vi.fn(async () => SAVED);
    const route = createRouter(
      { ...makeRouter().handlers, 'note/create': note },
      { extensionId: ID, extensionBaseUrl: `${ORIGIN}/`, replies },
    );
    const message = { type: 'note/create', text: 'A thought', aboutPage: false, requestId: REQUEST_ID };
    const first = await route(message, POPUP);
    const retry = await route(message, POPUP);
    expect(first).toEqual({ ok: true, value: SAVED });
    expect(retry).toEqual(first);
    expect(note).toHaveBeenCalledTimes(1);
    // The handler sees the request without the id.
    expect(note).toHaveBeenCalledWith({ type: 'note/create', text: 'A thought', aboutPage: false }, POPUP);
  });

  it('runs a failed action again on retry (a failure is not remembered)', async () => {
    const replies = memory();
    const note = vi.fn().mockRejectedValueOnce(new Error('boom')).mockResolvedValueOnce(SAVED);
    const route = createRouter(
      { ...makeRouter().handlers, 'note/create': note },
      { extensionId: ID, extensionBaseUrl: `${ORIGIN}/`, replies },
    );
    const message = { type: 'note/create', text: 'A thought', aboutPage: false, requestId: REQUEST_ID };
    expect(await route(message, POPUP)).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await route(message, POPUP)).toEqual({ ok: true, value: SAVED });
    expect(note).toHaveBeenCalledTimes(2);
  });

  it('answers even when the memory hangs: it never holds a reply back', async () => {
    vi.useFakeTimers();
    try {
      const replies = { recall: () => new Promise<undefined>(() => {}), remember: () => new Promise<void>(() => {}) };
      const route = createRouter(makeRouter().handlers, { extensionId: ID, extensionBaseUrl: `${ORIGIN}/`, replies });
      const reply = route({ type: 'note/create', text: 'A thought', aboutPage: false, requestId: REQUEST_ID }, POPUP);
      await vi.advanceTimersByTimeAsync(2_500);
      expect(await reply).toEqual({ ok: true, value: SAVED });
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not let a request with an id skip its checks, nor accept a malformed id', async () => {
    const replies = memory();
    const { handlers } = makeRouter();
    const route = createRouter(handlers, { extensionId: ID, extensionBaseUrl: `${ORIGIN}/`, replies });
    expect(await route({ type: 'clip', mode: 'screenshot', requestId: REQUEST_ID }, POPUP)).toMatchObject({
      error: { code: 'bad-request' },
    });
    expect(await route({ type: 'clip', mode: 'link', requestId: 'not-an-id' }, POPUP)).toMatchObject({ error: { code: 'bad-request' } });
    expect(await route({ type: 'clip', mode: 'link', requestId: REQUEST_ID }, { id: 'x', url: 'https://example.com/' })).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(handlers.clip).not.toHaveBeenCalled();
  });
});

describe('isQuotaError', () => {
  it.each([
    [Object.assign(new Error(''), { name: 'QuotaExceededError' }), true],
    [Object.assign(new Error(''), { name: 'AbortError', inner: Object.assign(new Error(''), { name: 'QuotaExceededError' }) }), true],
    [Object.assign(new Error(''), { name: 'StorageFullError' }), true],
    [Object.assign(new Error(''), { name: 'AbortError' }), false],
    ['QuotaExceededError', false],
  ])('%#', (error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });
});
