import { defineConfig } from 'vitest/config';

process.env.TZ = 'Europe/Amsterdam';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    env: { TZ: 'Europe/Amsterdam' },
    testTimeout: 30_000,
    // scripts/test.mjs adds up reports/vitest.json of every workspace
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
