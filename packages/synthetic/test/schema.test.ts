import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { DATA_DIR, readDescriptor, validateForeignKeys, validateResource } from './helpers/validate.ts';

const descriptor = readDescriptor();

describe('data/rotterdam/datapackage.json', () => {
  it('dataPackage() is a tabular data package that says plainly it is synthetic', () => {
    expect(descriptor.profile).toBe('tabular-data-package');
    expect(descriptor.opgave.synthetic).toBe(true);
    expect(descriptor.opgave.history_start).toBe(2014);
    expect(descriptor.opgave.history_end).toBe(2025);
    expect(typeof descriptor.opgave.seed).toBe('number');
    expect(descriptor.description).toMatch(/SYNTHETIC/);
    expect(descriptor.description).toMatch(/fictitious|no board, school or institute/);
  });

  it('dataPackage() describes every CSV in the folder', () => {
    const csvs = readdirSync(DATA_DIR)
      .filter((f) => f.endsWith('.csv'))
      .sort();
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(csvs);
  });

  it('dataPackage() gives every field a type and description and every resource a primary key', () => {
    for (const r of descriptor.resources) {
      expect(r.schema.primaryKey.length, r.name).toBeGreaterThan(0);
      for (const f of r.schema.fields) {
        expect(['string', 'integer', 'number', 'boolean'], `${r.name}.${f.name}`).toContain(f.type);
        expect((f as { description?: string }).description, `${r.name}.${f.name}`).toBeTruthy();
      }
    }
  });
});

describe('generate({ seed }) writes tables that match their schemas', () => {
  for (const resource of descriptor.resources) {
    it(`generate({ seed }) writes ${resource.name} that match their schema`, () => {
      expect(validateResource(resource)).toEqual([]);
    });
  }

  it('generate({ seed }) writes foreign keys that all resolve', () => {
    expect(validateForeignKeys(descriptor)).toEqual([]);
  });
});
