/**
 * The settings schema and its defaults, apart from `settings.ts` (which reads and writes them
 * through `wxt/browser`) so code without extension APIs, such as the backup worker, can check
 * settings.
 */
import { z } from './zod-mini';

/** A local time of day, `HH:MM` (24-hour). */
export const TimeOfDaySchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

const dayOfWeek = () => z.int().check(z.minimum(0), z.maximum(6));
const reminderAt = (time: string) => z._default(z.strictObject({ enabled: z.boolean(), time: TimeOfDaySchema }), { enabled: false, time });

// zod/mini (not the classic build): the popup reads settings, and must stay light.
export const SettingsSchema = z.strictObject({
  displayName: z._default(z.string().check(z.maxLength(200)), ''),
  theme: z._default(z.enum(['system', 'light', 'dark']), 'system'),
  /** 0 = Sunday, 1 = Monday (ISO), 6 = Saturday. */
  weekStart: z._default(dayOfWeek(), 1),
  /** Sprint length in minutes (5–120). */
  sprintMinutes: z._default(z.int().check(z.minimum(5), z.maximum(120)), 15),
  /** Weekly goal for protected learning time, in minutes. */
  weeklyGoalMinutes: z._default(z.int().check(z.minimum(0), z.maximum(10_080)), 120),
  /** Optional end-of-week reminder that opens the weekly report. */
  weeklyReminder: z._default(
    z.strictObject({
      enabled: z.boolean(),
      /** 0 = Sunday … 6 = Saturday. */
      day: dayOfWeek(),
      /** Local time, `HH:MM`. */
      time: TimeOfDaySchema,
    }),
    { enabled: false, day: 5, time: '16:00' },
  ),
  /** Optional end-of-day reminder whose notification opens the reflection form (off by default). */
  dailyReflectionReminder: reminderAt('17:30'),
  /** Entries with an apply plan come back as follow-ups this many days after they were saved. */
  followUpDays: z._default(z.int().check(z.minimum(1), z.maximum(90)), 14),
  /** A daily check at this local time notifies how many follow-ups are waiting (on by default). */
  followUpReminder: z._default(z.strictObject({ enabled: z.boolean(), time: TimeOfDaySchema }), { enabled: true, time: '09:00' }),
  /**
   * The organisation's home page, the system the learner's account belongs to in xAPI exports
   * (`actor.account.homePage`); '' uses `DEFAULT_ACCOUNT_HOME_PAGE` (storage/exports.ts).
   */
  organisationHomePage: z._default(z.string().check(z.maxLength(500), z.regex(/^(https?:\/\/[^\s]+)?$/)), ''),
  /** Optional reminder to export a backup when a week has passed without one (off by default). */
  backupReminder: z._default(z.strictObject({ enabled: z.boolean() }), { enabled: false }),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
