import type { Lang } from '$lib/i18n/index.svelte';
import { expectedText, messageText } from '$lib/own-data/expected-text';
import type { FileReport } from '$lib/own-data/import-messages';
import { problemsToCsv } from '$lib/own-data/report-csv';

/**
 * A file's validation report as the reader downloads it: every error and warning, in the reader's
 * words (no pattern as a regular expression, the expectation in the page's language).
 * @param report the report of one file
 * @param lang the page's language
 * @returns the download's file name and its CSV text
 * @example reportDownload(report, 'nl').name // 'opgave-controlerapport-leerlingen.csv' for leerlingen.csv
 */
export function reportDownload(
  report: Pick<FileReport, 'file' | 'errors' | 'warnings'>,
  lang: Lang,
): { name: string; csv: string } {
  const csv = problemsToCsv(
    [...report.errors, ...report.warnings].map((p) => ({
      ...p,
      expected: expectedText(p.expected, lang),
      message: messageText(p.message, lang),
    })),
  );
  return { name: `opgave-controlerapport-${report.file.replace(/\.[^.]*$/, '')}.csv`, csv };
}
