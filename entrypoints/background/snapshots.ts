/**
 * Automatic snapshots of the journal (storage/snapshots.ts): checked every half hour and when
 * the browser starts; written when the journal changed (at most hourly) or daily.
 */
import { browser } from 'wxt/browser';
import { snapshotIfDue } from '../../storage/snapshots';

export const SNAPSHOT_ALARM = 'snapshot';
const CHECK_EVERY_MINUTES = 30;

async function snapshotNow(): Promise<void> {
  try {
    await snapshotIfDue(Date.now());
  } catch (error) {
    // A snapshot that fails (a full disk, a busy database) is tried again at the next check.
    console.warn('[commonplace] snapshot not written', error);
  }
}

/** Registers the snapshot alarm's listener synchronously (call from the background's main). */
export function installSnapshots(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SNAPSHOT_ALARM) void snapshotNow();
  });
  const schedule = async () => {
    if (!(await browser.alarms.get(SNAPSHOT_ALARM))) {
      await browser.alarms.create(SNAPSHOT_ALARM, { delayInMinutes: 1, periodInMinutes: CHECK_EVERY_MINUTES });
    }
  };
  browser.runtime.onStartup.addListener(() => void snapshotNow());
  void schedule().catch((error: unknown) => console.warn('[commonplace] snapshot alarm', error));
}
