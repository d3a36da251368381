import { useEffect, useState } from 'preact/hooks';
import { readSettings, type Settings, watchSettings } from '../../../storage/settings';

/** The current settings (undefined until read), following changes made anywhere. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let isCurrent = true;
    void readSettings().then((value) => isCurrent && setSettings(value));
    const stop = watchSettings(setSettings);
    return () => {
      isCurrent = false;
      stop();
    };
  }, []);
  return settings;
}
