import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../../components/format';
import { t } from '../../components/i18n';
import { sendRequest } from '../../messaging/client';
import type { SavedPage } from '../../messaging/protocol';
import { entryUrl } from './SavedCard';

/**
 * On opening: when the page is already in the journal, say since when, link to it, and say
 * that clipping again updates it (notes, tags and competencies stay).
 */
export function PageStatus({ tabId }: { tabId: number | undefined }) {
  const [saved, setSaved] = useState<SavedPage>();
  useEffect(() => {
    let isCurrent = true;
    sendRequest({ type: 'page/status', tabId }).then((reply) => {
      if (isCurrent && reply.ok) setSaved(reply.value.saved);
    });
    return () => {
      isCurrent = false;
    };
  }, [tabId]);
  if (!saved) return null;
  return (
    <p class="page-status" data-testid="page-status">
      <span>{t('popupAlreadySaved', formatDateTime(saved.createdAt))}</span>{' '}
      <a href={entryUrl(saved.entryId)} target="_blank" rel="noopener">
        {t('popupOpenEntry')}
      </a>
      <span class="page-status-hint">{t('popupReclipHint')}</span>
    </p>
  );
}
