/**
 * User settings, kept in `storage.local` under one key so pages and the background see the
 * same values (and `storage.onChanged` tells them when they change). Defaults live here.
 */
import { browser } from 'wxt/browser';
import { z } from './zod';

export const SettingsSchema = z.strictObject({
  displayName: z.string().max(200).default(''),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** 0 = Sunday, 1 = Monday (ISO), 6 = Saturday. */
  weekStart: z.number().int().min(0).max(6).default(1),
  /** Sprint length in minutes (5–120). */
  sprintMinutes: z.number().int().min(5).max(120).default(15),
  /** Weekly goal for protected learning time, in minutes. */
  weeklyGoalMinutes: z.number().int().min(0).max(10_080).default(120),
  /** Optional end-of-week reminder that opens the weekly report. */
  weeklyReminder: z
    .strictObject({
      enabled: z.boolean(),
      /** 0 = Sunday … 6 = Saturday. */
      day: z.number().int().min(0).max(6),
      /** Local time, `HH:MM`. */
      time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    })
    .default({ enabled: false, day: 5, time: '16:00' }),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
const KEY = 'settings';

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
