import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseSettings, readSettings, type Settings } from '../../../storage/settings';

export interface SummarySettings {
  weekStart: number;
  goalMinutes: number;
  /** The browser's zone: day keys are stamped in it when records are written. */
  timeZone: string;
}

function pick(settings: Settings): SummarySettings {
  return {
    weekStart: settings.weekStart,
    goalMinutes: settings.weeklyGoalMinutes,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  };
}

/** Week start, goal and time zone; follows settings changes made elsewhere. Undefined until read. */
export function useSummarySettings(): SummarySettings | undefined {
  const [settings, setSettings] = useState<SummarySettings>();
  useEffect(() => {
    let live = true;
    readSettings().then((value) => {
      // A mark for the benchmark's breakdown of popup open to summary visible.
      performance.mark('summary:settings');
      if (live) setSettings(pick(value));
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes.settings) setSettings(pick(parseSettings(changes.settings.newValue)));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return settings;
}
