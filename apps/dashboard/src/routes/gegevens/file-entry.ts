import type { ColumnMapping, DuoRecognition } from '@opgave/import';

/** A file the reader chose on /gegevens, with what the import worker learned of it and the reader's choices. */
export interface FileEntry {
  key: number;
  file: File;
  header: string[];
  error: string | null;
  inspected: boolean;
  resource: string;
  mapping: ColumnMapping;
  /** Suggested mapping per resource, from the worker. */
  suggestions: Record<string, ColumnMapping>;
  /** A DUO file (read by the DUO importers, not as a table), or null. */
  duo: DuoRecognition | null;
  /** The DUO file's year: from its name, or entered by the reader. */
  year: number | null;
}

/**
 * A file just chosen, before the worker has looked at it.
 * @param key the entry's key on the page, unique for the visit
 * @param file the reader's file
 * @returns an entry without header, table or mapping, not yet inspected
 * @example newFileEntry(1, file).inspected // false
 */
export function newFileEntry(key: number, file: File): FileEntry {
  return {
    key,
    file,
    header: [],
    error: null,
    inspected: false,
    resource: '',
    mapping: {},
    suggestions: {},
    duo: null,
    year: null,
  };
}
