/**
 * Applies the theme setting to a page as `data-theme` on `<html>` (theme.css reads it) and
 * follows changes made anywhere. "system" removes the attribute so the media query decides.
 */
import { readSettings, type Settings, watchSettings } from '../storage/settings';

type Theme = Settings['theme'];

// The last theme seen, so the next page opens in it at once instead of flashing the system one.
const CACHE_KEY = 'commonplace.theme';

/** Sets `data-theme` on `root` for `theme`. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  try {
    localStorage.setItem(CACHE_KEY, theme);
  } catch {
    // Storage may be unavailable; the stored setting still applies once read.
  }
}

/** Applies the cached theme now, the stored one when read, and every later change. */
export function installTheme(): () => void {
  try {
    const cached = localStorage.getItem(CACHE_KEY);
    if (cached === 'light' || cached === 'dark' || cached === 'system') applyTheme(cached);
  } catch {
    // No cache: the stored setting below decides.
  }
  void readSettings().then((settings) => applyTheme(settings.theme));
  return watchSettings((settings) => applyTheme(settings.theme));
}
