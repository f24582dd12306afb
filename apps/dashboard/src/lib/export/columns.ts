/** A column of an exported table: the key in each row and the header shown. */
export interface ExportColumn {
  key: string;
  label: string;
}

/** A row of an exported table: values by column key. */
export type ExportRow = Record<string, unknown>;
