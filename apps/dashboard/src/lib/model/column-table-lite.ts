/**
 * What `@opgave/core` uses of arquero inside the model's worker, and nothing more: `table(columns)` and
 * the getters `objects`, `array`, `numRows` and `columnNames` (explainChange's rows, requiredIntake's
 * table). The worker's bundle takes this module in place of arquero (`vite.config.ts`), which would bring
 * its expression parser (acorn) and Arrow codec (flechette) — about 60 kB gzip that the worker never runs.
 * Any other method throws, naming itself, so a change in core that needs more fails loudly in the tests.
 */

type Columns = Record<string, ArrayLike<unknown>>;

/** A read-only column table: the getters core calls. */
export interface ColumnTableLite {
  numRows(): number;
  columnNames(): string[];
  array(name: string): ArrayLike<unknown>;
  objects(): Record<string, unknown>[];
}

/**
 * A table of named columns of equal length.
 * @param columns column name → values
 * @returns the table; methods other than the four getters throw
 * @example table({ a: [1, 2] }).objects() // [{ a: 1 }, { a: 2 }]
 */
export function table(columns: Columns): ColumnTableLite {
  const names = Object.keys(columns);
  const rows = names.length > 0 ? columns[names[0]].length : 0;
  for (const name of names) {
    if (columns[name].length !== rows) {
      throw new Error(`table: column "${name}" has ${columns[name].length} values, not ${rows}`);
    }
  }
  const lite: ColumnTableLite = {
    numRows: () => rows,
    columnNames: () => [...names],
    array(name) {
      const values = columns[name];
      if (!values) throw new Error(`table: no column "${name}"`);
      return values;
    },
    objects() {
      const out: Record<string, unknown>[] = [];
      for (let i = 0; i < rows; i++) {
        const row: Record<string, unknown> = {};
        for (const name of names) row[name] = columns[name][i];
        out.push(row);
      }
      return out;
    },
  };
  return new Proxy(lite, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !(key in target) && key !== 'then') {
        throw new Error(
          `table: "${key}" is not available in the dashboard's model worker (column-table-lite.ts)`,
        );
      }
      return Reflect.get(target, key, receiver);
    },
  });
}

/**
 * Not available in the worker: the dashboard hands the worker CSV bytes, never Arrow.
 * @throws always
 */
export function fromArrow(): never {
  throw new Error("fromArrow is not available in the dashboard's model worker (column-table-lite.ts)");
}
