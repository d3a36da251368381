/**
 * User settings, kept in `storage.local` under one key so pages and the background see the
 * same values (and `storage.onChanged` tells them when they change). Defaults live here.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from './settings-schema';

export { DEFAULT_SETTINGS, type Settings, SettingsSchema, TimeOfDaySchema } from './settings-schema';

export const SETTINGS_KEY = 'settings';
const KEY = SETTINGS_KEY;

/** Reads settings; anything missing or invalid falls back to its default, field by field. */
export async function readSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return parseSettings(stored);
}

/** Parses stored settings leniently: one bad field never resets the others. */
export function parseSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_SETTINGS;
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, schema] of Object.entries(SettingsSchema.shape)) {
    const parsed = schema.safeParse((stored as Record<string, unknown>)[key]);
    if (parsed.success) settings[key] = parsed.data;
  }
  return settings as Settings;
}

/** Validates and saves a change to some settings; returns the full new settings. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await readSettings()), ...change });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/**
 * Calls `listener` with the parsed settings whenever they change (from any page or the
 * background); returns the function that stops listening.
 */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(parseSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
