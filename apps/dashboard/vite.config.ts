import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Copies a dataset (its CSV files and `datapackage.json`) into `static/data/<name>/`, so the
 * static site carries its own data and fetches nothing from elsewhere.
 * @param options.source folder with `datapackage.json` and the CSV files
 * @param options.name folder name under `static/data/`
 * @param options.expect the file whose absence fails the build (default `datapackage.json`)
 * @returns a Vite plugin that copies before SvelteKit reads `static/`
 * @example copyDataset({ source: '../../data/rotterdam', name: 'rotterdam' })
 */
function copyDataset({
  source,
  name,
  expect = 'datapackage.json',
}: {
  source: string;
  name: string;
  expect?: string;
}): Plugin {
  const target = join(here, 'static', 'data', name);
  const sourceFile = join(source, expect);
  const wanted = () =>
    readdirSync(source).filter((file) => file === 'datapackage.json' || file.endsWith('.csv'));
  // Every tool that loads this config copies (turbo runs svelte-check and vitest side by side after the
  // build): a copy already in place is left alone, so one tool never deletes files that another is reading.
  const upToDate = (files: string[]) => {
    if (!existsSync(target)) return false;
    const present = readdirSync(target);
    return (
      present.length === files.length &&
      files.every((file) => {
        if (!present.includes(file)) return false;
        const from = statSync(join(source, file));
        const to = statSync(join(target, file));
        return from.size === to.size && Math.abs(from.mtimeMs - to.mtimeMs) < 2;
      })
    );
  };
  const copy = () => {
    if (!existsSync(sourceFile)) return false;
    const files = wanted();
    if (upToDate(files)) return true;
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    for (const file of files) cpSync(join(source, file), join(target, file), { preserveTimestamps: true });
    return true;
  };
  return {
    name: 'opgave:copy-dataset',
    enforce: 'pre',
    // Before SvelteKit lists `static/`. Tools that only load this config (svelte-check) do not
    // need the data, so a missing dataset fails the build in `buildStart`, not here.
    config() {
      copy();
    },
    buildStart() {
      if (!existsSync(join(target, expect))) {
        this.error(`copyDataset: ${sourceFile} not found; run \`npm run data\` first or set OPGAVE_DATA_DIR`);
      }
    },
  };
}

/**
 * Resolves `arquero` in the workers' bundles to the few column-table getters that `@opgave/core` calls
 * there (`src/lib/model/column-table-lite.ts`), so the workers do not ship arquero's expression parser and
 * Arrow codec (about 60 kB gzip) that they never run. The main thread does not import arquero at all.
 * @returns a Vite plugin for `worker.plugins`
 * @example worker: { plugins: () => [columnTableLiteInWorkers()] }
 */
function columnTableLiteInWorkers(): Plugin {
  const lite = resolve(here, 'src/lib/model/column-table-lite.ts');
  return {
    name: 'opgave:column-table-lite-in-workers',
    enforce: 'pre',
    resolveId(source) {
      return source === 'arquero' ? lite : null;
    },
  };
}

/** Observable Plot and the d3 modules under it: one chunk, loaded with the first chart. */
const PLOT_MODULES =
  /[\\/]node_modules[\\/](@observablehq[\\/]plot|d3-[\w-]+|internmap|delaunator|robust-predicates|interval-tree-1d|isoformat|binary-search-bounds)[\\/]/;

/**
 * The site's shared code (Svelte's runtime, SvelteKit's client, `src/lib`) that two or more pages use: one
 * chunk instead of dozens of tiny ones, each of which pays gzip's overhead. A page's view (`*View.svelte`)
 * stays with the routes that show it.
 * @param id a module's path
 * @returns whether the module goes into the `app` chunk
 */
function isSharedAppModule(id: string): boolean {
  return (
    /[\\/]apps[\\/]dashboard[\\/]src[\\/]lib[\\/]|[\\/]node_modules[\\/](svelte|@sveltejs[\\/]kit)[\\/]/.test(
      id,
    ) && !/View\.svelte$/.test(id)
  );
}

export default defineConfig({
  plugins: [
    copyDataset({
      source: resolve(here, process.env.OPGAVE_DATA_DIR ?? '../../data/rotterdam'),
      name: 'rotterdam',
    }),
    // The real-data set (`?data=duo`): real DUO pupils per location, every other table estimated.
    copyDataset({ source: resolve(here, '../../data/rotterdam-duo'), name: 'rotterdam-duo' }),
    // The region definition that the DUO route of /gegevens reads (fetched only there).
    copyDataset({
      source: resolve(here, '../../data/regions'),
      name: 'regions',
      expect: 'rotterdam-vo-mbo.csv',
    }),
    sveltekit(),
  ],
  // DuckDB-wasm is imported only in the browser; keep Vite from pre-bundling it in dev.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  build: {
    chunkSizeWarningLimit: 1500,
    // Fewer, larger chunks (docs/architecture.md, "Chunks"). What is imported dynamically (DuckDB, the
    // exports, the model's client) stays a chunk of its own, loaded when it is needed.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'plot', test: PLOT_MODULES, priority: 2 },
            { name: 'app', test: isSharedAppModule, priority: 1, minShareCount: 2 },
          ],
        },
      },
    },
  },
  // The model's worker (src/lib/model/model.worker.ts) is a module worker: keep its chunks as ES modules.
  worker: { format: 'es', plugins: () => [columnTableLiteInWorkers()] },
});
