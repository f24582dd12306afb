import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // scripts/test.mjs adds up reports/vitest.json of every workspace
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
