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

let preloaded: Promise<Settings> | undefined;

/**
 * Starts reading settings as the page's scripts run, before the first render and its effects
 * (which run after the first paint): the read overlaps rendering. The next hook to mount takes it.
 */
export function preloadSummarySettings(): void {
  preloaded ??= readSettings();
}

/** Week start, goal and time zone; follows settings changes made elsewhere. Undefined until read. */
export function useSummarySettings(): SummarySettings | undefined {
  const [settings, setSettings] = useState<SummarySettings>();
  useEffect(() => {
    let live = true;
    const read = preloaded ?? readSettings();
    preloaded = undefined;
    read.then((value) => {
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
