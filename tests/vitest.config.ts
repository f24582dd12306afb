import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

process.env.TZ = 'Europe/Amsterdam';

export default defineConfig({
  resolve: {
    // The dashboard's chart modules import `$lib/…` as SvelteKit resolves it.
    alias: { $lib: fileURLToPath(new URL('../apps/dashboard/src/lib', import.meta.url)) },
  },
  test: {
    include: ['charts/**/*.test.ts'],
    env: { TZ: 'Europe/Amsterdam' },
    testTimeout: 30_000,
    // scripts/test.mjs adds up reports/vitest.json of every workspace
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
  },
});
