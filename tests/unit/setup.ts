// IndexedDB must exist before any Dexie code loads.
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import messages from '../../public/_locales/en/messages.json';

type Message = { message: string; placeholders?: Record<string, { content: string }> };

/** fakeBrowser has no i18n: answer from the real English catalogue, placeholders included. */
fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
  const entry = (messages as Record<string, Message>)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, index: string) => subs[Number(index) - 1] ?? '');
  });
}) as typeof fakeBrowser.i18n.getMessage;
