import { useEffect, useState } from 'preact/hooks';
import type { DiskReading } from '../../domain/disk-space';
import { lastDiskReading, onDiskReading, readDiskSpace } from '../../storage/disk-guard';

/** How often an open page reads the free space again (space runs out while a page stays open). */
const READ_EVERY_MS = 30_000;

/**
 * The free disk space as this page last read it: on open, every half minute, and whenever the
 * page comes back into view (the learner may have freed space meanwhile). Each reading also
 * updates the guard that refuses writes on a full disk.
 */
export function useDiskSpace(): DiskReading {
  const [reading, setReading] = useState(lastDiskReading);
  useEffect(() => {
    const read = () => void readDiskSpace().catch(() => undefined);
    const unsubscribe = onDiskReading(setReading);
    read();
    const timer = setInterval(read, READ_EVERY_MS);
    window.addEventListener('focus', read);
    document.addEventListener('visibilitychange', read);
    return () => {
      unsubscribe();
      clearInterval(timer);
      window.removeEventListener('focus', read);
      document.removeEventListener('visibilitychange', read);
    };
  }, []);
  return reading;
}
