import { TABLES } from './tables.js';
import type { FieldDef, TableDef } from './types.js';

function column(field: FieldDef, table: TableDef): string {
  const key = table.foreignKeys.find((k) => k.fields.length === 1 && k.fields[0] === field.name);
  const reference = key ? ` → ${key.reference.resource}` : '';
  const required = field.constraints?.required ? '' : ', may be empty';
  return `\`${field.name}\` (${field.type}${required})${reference}`;
}

/**
 * The resources table of docs/data.md, derived from the contract (one Markdown row per resource: name,
 * primary key, description, columns with type and foreign keys). Not yet formatted by prettier.
 * @returns the Markdown table, ending with a line break
 * @example
 * dataDocTable().split('\n')[0]; // → '| resource | primary key | description | columns |'
 */
export function dataDocTable(): string {
  const lines = ['| resource | primary key | description | columns |', '| --- | --- | --- | --- |'];
  for (const t of TABLES as readonly TableDef[]) {
    const key = t.primaryKey.map((k) => `\`${k}\``).join(', ');
    const columns = t.fields.map((f) => column(f, t)).join(', ');
    lines.push(`| \`${t.name}\` | ${key} | ${t.description.replaceAll('|', '\\|')} | ${columns} |`);
  }
  return `${lines.join('\n')}\n`;
}
