// TypeDoc plugin: name the API modules by their import specifiers (`@opgave/core/node`) instead of their
// folders (`core/src/node`), and give each a one-line description on the index page.
import { Comment, Converter } from 'typedoc';

const MODULES = {
  'charts/src': ['@opgave/charts', "Opgave's charts and their palette, defined once for the dashboard and the CLI report: data and options in, an Observable Plot figure out."],
  'core/src': ['@opgave/core', 'The model: calibrate, project, scenarios, required intake, uncertainty, backtests, CSV and Parquet output. Runs in the browser, Node and Deno.'],
  'core/src/node': ['@opgave/core/node', 'Node and Deno only: read a dataset folder from disk, write results to a file, simulate over worker threads.'],
  'import/src': ['@opgave/import', "Read, map and validate a region's own files (CSV, XLSX, Parquet) and DUO open data."],
  'import/src/node': ['@opgave/import/node', 'Node and Deno only: read files from disk for the importers.'],
}; // prettier-ignore

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.children ?? []) {
      const known = MODULES[module.name];
      if (!known) continue;
      module.name = known[0];
      module.comment ??= new Comment([{ kind: 'text', text: known[1] }]);
    }
  });
}
