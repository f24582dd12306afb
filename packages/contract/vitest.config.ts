import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // prettier's first import is slow on a loaded machine
    testTimeout: 60_000,
    // scripts/test.mjs adds up reports/vitest.json of every workspace
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
