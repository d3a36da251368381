import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  FOLLOW_UP_ALARM,
  handleReminderAlarm,
  openReminder,
  REFLECTION_ALARM,
  scheduleReminders,
} from '../../../entrypoints/background/reminders';
import { getDb } from '../../../storage/db';
import { DEFAULT_SETTINGS, readSettings, type Settings, updateSettings } from '../../../storage/settings';

const DAY = 86_400_000;
// Saturday 21 November 2026, 10:00 UTC = 11:00 in Berlin.
const NOW = Date.UTC(2026, 10, 21, 10);
const BERLIN = 'Europe/Berlin';

const withReminders = (reflection: boolean, followUp: boolean): Settings => ({
  ...DEFAULT_SETTINGS,
  dailyReflectionReminder: { enabled: reflection, time: '18:00' },
  followUpReminder: { enabled: followUp, time: '09:00' },
});

beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  await getDb().entries.clear();
});

describe('scheduleReminders', () => {
  it('puts each enabled reminder at its next local occurrence', async () => {
    await scheduleReminders(withReminders(true, true), NOW, BERLIN);
    expect(await browser.alarms.get(REFLECTION_ALARM)).toMatchObject({ scheduledTime: Date.UTC(2026, 10, 21, 17) });
    expect(await browser.alarms.get(FOLLOW_UP_ALARM)).toMatchObject({ scheduledTime: Date.UTC(2026, 10, 22, 8) });
  });

  it('removes the alarm of a reminder that was turned off', async () => {
    await scheduleReminders(withReminders(true, true), NOW, BERLIN);
    await scheduleReminders(withReminders(false, true), NOW, BERLIN);
    expect(await browser.alarms.get(REFLECTION_ALARM)).toBeUndefined();
    expect(await browser.alarms.get(FOLLOW_UP_ALARM)).toBeDefined();
  });

  it('has no reflection alarm by default (the reminder is off until chosen)', async () => {
    await scheduleReminders(DEFAULT_SETTINGS, NOW, BERLIN);
    expect(await browser.alarms.get(REFLECTION_ALARM)).toBeUndefined();
  });
});

describe('handleReminderAlarm', () => {
  it('notifies for the reflection and schedules tomorrow, even when the alarm fires early', async () => {
    await updateSettings(withReminders(true, false));
    const scheduledTime = nextAlarmTime();
    await handleReminderAlarm({ name: REFLECTION_ALARM, scheduledTime }, scheduledTime - 500, BERLIN);
    expect(await browser.notifications.getAll()).toHaveProperty(REFLECTION_ALARM);
    expect((await browser.alarms.get(REFLECTION_ALARM))?.scheduledTime).toBe(scheduledTime + DAY);
  });

  it('says nothing when no follow-up is due, and counts them when some are', async () => {
    await updateSettings({ ...withReminders(false, true), followUpDays: 14 });
    await handleReminderAlarm({ name: FOLLOW_UP_ALARM, scheduledTime: NOW }, NOW);
    expect(await browser.notifications.getAll()).toEqual({});

    await getDb().entries.bulkAdd([plannedEntry(20), plannedEntry(30), plannedEntry(2)]);
    await handleReminderAlarm({ name: FOLLOW_UP_ALARM, scheduledTime: NOW }, NOW);
    const shown = fakeBrowser.notifications.getAllCreateOptions()[FOLLOW_UP_ALARM];
    expect(shown?.message).toContain('2 items');
  });

  it('does not notify for a reminder turned off after its alarm was set', async () => {
    await updateSettings(withReminders(false, false));
    await handleReminderAlarm({ name: REFLECTION_ALARM, scheduledTime: NOW }, NOW);
    expect(await browser.notifications.getAll()).toEqual({});
  });

  it('ignores alarms that are not reminders', async () => {
    await handleReminderAlarm({ name: 'sprint', scheduledTime: NOW }, NOW);
    expect(await browser.alarms.getAll()).toEqual([]);
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('openReminder', () => {
  it.each([
    [REFLECTION_ALARM, '/journal.html#/reflections?new=1'],
    [FOLLOW_UP_ALARM, '/journal.html#/to-apply'],
  ])('%s opens %s', async (id, path) => {
    await browser.notifications.create(id, { type: 'basic', iconUrl: '', title: '', message: '' });
    expect(await openReminder(id)).toBe(true);
    const tabs = await browser.tabs.query({});
    expect(tabs.at(-1)?.url).toBe(browser.runtime.getURL(path as '/journal.html'));
    expect(await browser.notifications.getAll()).toEqual({});
  });

  it('leaves other notifications alone', async () => {
    expect(await openReminder('capture:123')).toBe(false);
  });
});

/** 18:00 in Berlin on the day of NOW. */
function nextAlarmTime(): number {
  return Date.UTC(2026, 10, 21, 17);
}

let counter = 0;
function plannedEntry(daysAgo: number) {
  const createdAt = NOW - daysAgo * DAY;
  return {
    id: `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
    kind: 'note' as const,
    url: '',
    canonicalUrl: '',
    title: `planned ${daysAgo}`,
    note: '',
    tags: [],
    competencyIds: [],
    takeaway: '',
    applyPlan: 'try it',
    createdAt,
    updatedAt: createdAt,
    dayKey: '2026-11-01',
  };
}
