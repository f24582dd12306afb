import type { TABLES } from './tables.js';

type Tables = (typeof TABLES)[number];
type FieldsOf<R extends string> = Extract<Tables, { name: R }>['fields'][number];

type ValueOf<F> = F extends { type: 'string' } ? string : F extends { type: 'boolean' } ? boolean : number;
// A column without `required` may be empty, which readers give as null.
type CellOf<F> = F extends { constraints: { required: true } } ? ValueOf<F> : ValueOf<F> | null;

/**
 * One row of a resource, typed from the contract: strings, numbers and booleans; null where a column is not
 * required; optional where the model does not read the column.
 * @example
 * const row: RowOf<'pupils'> = { location_id: '90AA00', year: 2024, pupils: 570 };
 */
export type RowOf<R extends string> = {
  [F in Exclude<FieldsOf<R>, { modelReads: false }> as F['name']]: CellOf<F>;
} & {
  [F in Extract<FieldsOf<R>, { modelReads: false }> as F['name']]?: CellOf<F>;
};
