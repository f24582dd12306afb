import { describe, expect, it } from 'vitest';
import { exportFilename } from './export-filename';

describe('exportFilename', () => {
  it('exportFilename(base, extension) makes a lower-case hyphenated name starting with opgave-', () => {
    expect(exportFilename('Tekort per cluster 2025', 'csv')).toBe('opgave-tekort-per-cluster-2025.csv');
    expect(exportFilename('Leerlingen — Café Zuid/Oost', '.xlsx')).toBe(
      'opgave-leerlingen-cafe-zuid-oost.xlsx',
    );
  });

  it('exportFilename(base, extension) does not repeat opgave- and never gives an empty name', () => {
    expect(exportFilename('opgave-tekort-per-cluster-2025', 'png')).toBe(
      'opgave-tekort-per-cluster-2025.png',
    );
    expect(exportFilename('Opgave', 'svg')).toBe('opgave.svg');
    expect(exportFilename('  —  ', 'svg')).toBe('opgave.svg');
  });
});
