/** A column of an exported table: the key in each row and the header shown. */
export interface ExportColumn {
  key: string;
  label: string;
  /**
   * The column counts persons (pupils, teachers, trainees): with small-number suppression on, a count
   * from 1 to 4 is written as `<5`.
   */
  persons?: boolean;
}

/** A row of an exported table: values by column key. */
export type ExportRow = Record<string, unknown>;
