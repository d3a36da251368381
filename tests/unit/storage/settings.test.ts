import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, parseSettings, readSettings, updateSettings } from '../../../storage/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('defaults: 15-minute sprints, a 120-minute weekly goal, weeks from Monday', async () => {
    expect(await readSettings()).toMatchObject({ sprintMinutes: 15, weeklyGoalMinutes: 120, weekStart: 1, theme: 'system' });
  });

  it.each([
    [null, DEFAULT_SETTINGS],
    ['garbage', DEFAULT_SETTINGS],
    [
      { sprintMinutes: 500, weekStart: 0 },
      { ...DEFAULT_SETTINGS, weekStart: 0 },
    ],
    [
      { theme: 'neon', displayName: 'Sam' },
      { ...DEFAULT_SETTINGS, displayName: 'Sam' },
    ],
  ])('a bad field falls back alone: %j', (stored, expected) => {
    expect(parseSettings(stored)).toEqual(expected);
  });

  it('saves a valid change and refuses an invalid one without writing', async () => {
    await updateSettings({ sprintMinutes: 25 });
    expect((await readSettings()).sprintMinutes).toBe(25);
    await expect(updateSettings({ sprintMinutes: 3 })).rejects.toThrow();
    expect((await readSettings()).sprintMinutes).toBe(25);
  });
});

describe('reminder and follow-up settings', () => {
  it('defaults: no daily reflection reminder, follow-ups after 14 days with a daily check', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      dailyReflectionReminder: { enabled: false },
      followUpDays: 14,
      followUpReminder: { enabled: true },
    });
  });

  it.each([
    [{ followUpDays: 0 }, { followUpDays: 14 }],
    [{ followUpDays: 91 }, { followUpDays: 14 }],
    [{ followUpDays: 7.5 }, { followUpDays: 14 }],
    [{ followUpDays: 90 }, { followUpDays: 90 }],
    [{ dailyReflectionReminder: { enabled: true, time: '24:00' } }, { dailyReflectionReminder: DEFAULT_SETTINGS.dailyReflectionReminder }],
    [{ dailyReflectionReminder: { enabled: true, time: '07:05' } }, { dailyReflectionReminder: { enabled: true, time: '07:05' } }],
    [{ followUpReminder: { enabled: 'yes', time: '09:00' } }, { followUpReminder: DEFAULT_SETTINGS.followUpReminder }],
  ])('parses %j leniently', (stored, expected) => {
    expect(parseSettings({ ...stored, displayName: 'Kept' })).toEqual({ ...DEFAULT_SETTINGS, displayName: 'Kept', ...expected });
  });

  it('settings stored before these fields existed get their defaults', () => {
    expect(parseSettings({ displayName: 'Old', theme: 'dark' })).toEqual({ ...DEFAULT_SETTINGS, displayName: 'Old', theme: 'dark' });
  });
});
