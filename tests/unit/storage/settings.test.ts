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
