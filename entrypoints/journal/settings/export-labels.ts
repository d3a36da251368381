/** The translated words the export builders write into files (headings, activity names). */
import { t } from '../../../components/i18n';
import type { MarkdownExportLabels } from '../../../domain/export-markdown';
import type { XapiLabels } from '../../../domain/export-xapi';

export function markdownExportLabels(): MarkdownExportLabels {
  return {
    untitled: t('reportUntitled'),
    source: t('exportMdSource'),
    notes: t('exportMdNotes'),
    reflectionsOf: (day) => t('exportMdReflectionsOf', day),
    learned: t('reflectionLearnedLabel'),
    didntWork: t('reflectionDidntWorkLabel'),
    tryNext: t('reflectionTryNextLabel'),
  };
}

export function xapiExportLabels(): XapiLabels {
  return {
    language: t('xapiLanguage'),
    untitled: t('reportUntitled'),
    sprint: t('xapiSprint'),
    applying: (title) => t('xapiApplying', title),
    reflectionOf: (day) => t('xapiReflectionOf', day),
    learned: t('reflectionLearnedLabel'),
    didntWork: t('reflectionDidntWorkLabel'),
    tryNext: t('reflectionTryNextLabel'),
  };
}
