/**
 * The background's message router: one handler per request type, checked by the compiler,
 * every payload parsed with zod, and only our own extension pages may ask.
 */
import { isQuotaError } from '../storage/disk-guard';
import { type ErrorCode, PageRequestSchema, type PageRequestType, type PageResponses, type Reply, type RequestOf } from './protocol';

/** Minimal shape of `runtime.MessageSender` that the router relies on. */
export interface Sender {
  id?: string;
  url?: string;
}

/** A handler for every request type: forgetting one is a type error. */
export type PageHandlers = {
  [K in PageRequestType]: (request: RequestOf<K>, sender: Sender) => Promise<PageResponses[K]>;
};

/** Errors a handler throws on purpose, carried to the page as a code and a message. */
export class HandlerError extends Error {
  constructor(
    readonly code: 'bad-request' | 'not-found' | 'storage-full' | 'conflict',
    message: string,
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}

export interface RouterOptions {
  extensionId: string;
  /** Base URL of our own pages, `runtime.getURL('/')`, e.g. `chrome-extension://<id>/`. */
  extensionBaseUrl: string;
  onError?: (error: unknown) => void;
  /** Runs before every handler, e.g. a fresh reading of the free disk space that writes check. */
  beforeDispatch?: () => Promise<unknown>;
  /** Where the replies of requests sent with a `requestId` are kept, so a retry gets the same reply. */
  replies?: ReplyMemory;
}

/**
 * The successful replies of recent requests, by the id the page gave the request. A page whose
 * reply was lost (the worker stopped between the save and the answer) sends the same request
 * again with the same id and gets the first reply: the action is not done twice.
 */
export interface ReplyMemory {
  recall: (requestId: string) => Promise<Reply<unknown> | undefined>;
  remember: (requestId: string, reply: Reply<unknown>) => Promise<void>;
}

/** Memory that does not answer this fast is skipped: it must never hold a reply back. */
const MEMORY_TIMEOUT_MS = 1_000;

/** `work`'s result, or `undefined` when it fails or takes longer than `MEMORY_TIMEOUT_MS`. */
function bounded<T>(work: () => Promise<T>): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), MEMORY_TIMEOUT_MS);
    work().then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

/** A page's request id: a UUID it made for one user action, the same on every retry of it. */
const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The request without its id, and the id when it has a well-formed one. */
function splitRequestId(message: unknown): { request: unknown; requestId?: string } {
  if (typeof message !== 'object' || message === null || !('requestId' in message)) return { request: message };
  const { requestId, ...request } = message as { requestId: unknown };
  return typeof requestId === 'string' && REQUEST_ID.test(requestId) ? { request, requestId } : { request: message };
}

/**
 * Requests come only from our own pages: same extension id and a URL under our base URL.
 * (A prefix test, because `URL.origin` is "null" for extension schemes outside browsers.)
 */
export function isOwnExtensionPage(sender: Sender, options: RouterOptions): boolean {
  return sender.id === options.extensionId && typeof sender.url === 'string' && sender.url.startsWith(options.extensionBaseUrl);
}

/** Messages addressed to another listener (e.g. the offscreen document) carry a `target`. */
function isAddressedElsewhere(message: unknown): boolean {
  return typeof message === 'object' && message !== null && 'target' in message;
}

/**
 * Builds a `runtime.onMessage` listener. It returns `undefined` for messages that are not
 * ours to answer, and a Promise of a `Reply` otherwise.
 */
export function createRouter(handlers: PageHandlers, options: RouterOptions) {
  return (message: unknown, sender: Sender): Promise<Reply<unknown>> | undefined => {
    if (isAddressedElsewhere(message)) return undefined;
    if (!isOwnExtensionPage(sender, options)) {
      return Promise.resolve(failure('forbidden', 'Requests are accepted only from Commonplace pages.'));
    }
    const { request, requestId } = splitRequestId(message);
    const parsed = PageRequestSchema.safeParse(request);
    if (!parsed.success) return Promise.resolve(failure('bad-request', 'The request was not understood.'));
    const memory = requestId === undefined ? undefined : options.replies;
    const ready = options.beforeDispatch?.().catch(() => undefined) ?? Promise.resolve();
    return ready
      .then(async () => {
        const earlier = memory ? await bounded(() => memory.recall(requestId as string)) : undefined;
        if (earlier) return earlier;
        const reply = await dispatch(handlers, parsed.data, sender);
        if (memory) await bounded(() => memory.remember(requestId as string, reply));
        return reply;
      })
      .catch((error: unknown) => {
        options.onError?.(error);
        if (error instanceof HandlerError) return failure(error.code, error.message);
        if (isQuotaError(error)) return failure('storage-full', 'Your disk is full: nothing was saved. Free some space and try again.');
        return failure('internal', 'Something went wrong; nothing was changed.');
      });
  };
}

async function dispatch(handlers: PageHandlers, request: RequestOf<PageRequestType>, sender: Sender): Promise<Reply<unknown>> {
  // The cast is safe: `request.type` selects the handler typed for exactly this request.
  const handler = handlers[request.type] as (request: RequestOf<PageRequestType>, sender: Sender) => Promise<unknown>;
  return { ok: true, value: await handler(request, sender) };
}

function failure(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}
