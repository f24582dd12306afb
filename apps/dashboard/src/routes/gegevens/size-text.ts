const MB = 1024 * 1024;

/**
 * A file's size as the file list shows it: whole kilobytes rounded up, from a megabyte one decimal.
 * @param bytes the size in bytes
 * @returns the size with its unit
 * @example sizeText(1500) // '2 KB'
 * @example sizeText(3 * 1024 * 1024 / 2) // '1.5 MB'
 */
export function sizeText(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
