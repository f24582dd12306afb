/**
 * Saves a blob as a file through the browser's download (a temporary `blob:` link, clicked).
 * @param blob the file's content and type
 * @param filename the suggested name, e.g. `opgave-tekort-per-cluster-2025.csv`
 * @example download(new Blob([toCsv(rows, columns)], { type: 'text/csv' }), 'opgave-clusters.csv')
 */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download starts asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
