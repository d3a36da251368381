import { t } from '../../../components/i18n';
import type { Comparison } from '../../../domain/summary';

/** "+3 vs last week", "−2 vs last week" or "same as last week". */
export function deltaText({ delta }: Comparison): string {
  if (delta > 0) return t('summaryDeltaUp', String(delta));
  if (delta < 0) return t('summaryDeltaDown', String(-delta));
  return t('summaryDeltaSame');
}

/** A class that colours the change without relying on colour alone (the text says it too). */
export function deltaClass({ delta }: Comparison): string {
  return delta > 0 ? 'delta up' : delta < 0 ? 'delta down' : 'delta';
}

/** "+3", "−2" or "±0": the change alone, where the figure's place says what it compares. */
export function deltaShort({ delta }: Comparison): string {
  if (delta > 0) return `+${delta}`;
  if (delta < 0) return `−${-delta}`;
  return '±0';
}
