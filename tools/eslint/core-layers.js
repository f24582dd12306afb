// Local ESLint rules that keep packages/core/src layered (docs/architecture.md): a file imports only from its own
// layer or a lower one, and no chain of imports leads back to the file it starts from.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Core's layers, lowest first, each with the folders and files of packages/core/src that belong to it. */
export const CORE_LAYERS = [
  { name: 'data', paths: ['schema/', 'io/', 'dataset/'] },
  { name: 'calibrate', paths: ['calibrate/'] },
  { name: 'levers', paths: ['levers/'] },
  { name: 'model', paths: ['model/', 'demand/', 'supply/', 'flows/'] },
  { name: 'project', paths: ['projection/'] },
  { name: 'simulate', paths: ['uncertainty/'] },
  { name: 'analyse', paths: ['scenario/', 'required-intake/', 'drivers/', 'backtest/'] },
  { name: 'out', paths: ['io/to-csv.ts', 'io/to-parquet.ts', 'io/results-columns.ts', 'node/', 'index.ts'] },
];

const CORE_SRC = `${path.sep}packages${path.sep}core${path.sep}src${path.sep}`;

/**
 * The layer of a file of packages/core/src: the layer of its longest matching path.
 * @param file absolute path
 * @returns index into CORE_LAYERS, or undefined outside core's src or when no layer lists it
 */
export function coreLayerOf(file) {
  const at = file.lastIndexOf(CORE_SRC);
  if (at < 0) return undefined;
  const rel = file
    .slice(at + CORE_SRC.length)
    .split(path.sep)
    .join('/');
  let best;
  let bestLength = -1;
  CORE_LAYERS.forEach((layer, i) =>
    layer.paths.forEach((p) => {
      if ((p.endsWith('/') ? rel.startsWith(p) : rel === p) && p.length > bestLength) {
        best = i;
        bestLength = p.length;
      }
    }),
  );
  return best;
}

/**
 * The relative imports of a source text (imports, type imports, re-exports and dynamic imports), resolved to .ts files.
 * @param file absolute path of the source
 * @param text its text
 * @returns [{ specifier, target }]
 */
export function relativeImports(file, text) {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((s) => s.startsWith('.'))
    .map((specifier) => ({
      specifier,
      target: path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')),
    }));
}

const diskImports = new Map();
function importsOnDisk(file) {
  let list = diskImports.get(file);
  if (!list) {
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    diskImports.set(file, (list = relativeImports(file, text).map((i) => i.target)));
  }
  return list;
}

/**
 * A chain of imports from `start` back to `start`, following `first` (the file's own imports) and then the files on disk.
 * @param start absolute path
 * @param first targets imported by start
 * @returns the files of the cycle after start, or undefined when there is none
 */
export function importCycle(start, first) {
  const seen = new Set();
  const visit = (file, trail) => {
    if (file === start) return trail;
    if (seen.has(file) || coreLayerOf(file) === undefined) return undefined;
    seen.add(file);
    for (const next of importsOnDisk(file)) {
      const found = visit(next, [...trail, file]);
      if (found) return found;
    }
    return undefined;
  };
  for (const target of first) {
    const found = visit(target, []);
    if (found) return found;
  }
  return undefined;
}

const short = (file) =>
  file
    .slice(file.lastIndexOf(CORE_SRC) + CORE_SRC.length)
    .split(path.sep)
    .join('/');

const layerRule = {
  meta: {
    type: 'problem',
    docs: { description: 'core imports only from its own layer or a lower one (docs/architecture.md)' },
    schema: [],
  },
  create(context) {
    const file = context.physicalFilename ?? context.filename;
    if (file.lastIndexOf(CORE_SRC) < 0) return {};
    const own = coreLayerOf(file);
    return {
      Program(node) {
        if (own === undefined) {
          context.report({
            node,
            message: `${short(file)} belongs to no layer: add its folder to CORE_LAYERS in tools/eslint/core-layers.js`,
          });
          return;
        }
        for (const { specifier, target } of relativeImports(file, context.sourceCode.text)) {
          const theirs = coreLayerOf(target);
          if (theirs === undefined || theirs <= own) continue;
          context.report({
            node,
            loc: locOf(context, specifier),
            message: `${short(file)} (layer ${CORE_LAYERS[own].name}) imports ${short(target)} from a higher layer (${CORE_LAYERS[theirs].name}); move the shared part down`,
          });
        }
      },
    };
  },
};

const cycleRule = {
  meta: {
    type: 'problem',
    docs: { description: 'no import cycle in core' },
    schema: [],
  },
  create(context) {
    const file = context.physicalFilename ?? context.filename;
    if (coreLayerOf(file) === undefined) return {};
    return {
      Program(node) {
        const cycle = importCycle(
          file,
          relativeImports(file, context.sourceCode.text).map((i) => i.target),
        );
        if (cycle)
          context.report({
            node,
            message: `import cycle: ${[file, ...cycle, file].map(short).join(' → ')}`,
          });
      },
    };
  },
};

function locOf(context, specifier) {
  const text = context.sourceCode.text;
  const at = Math.max(
    0,
    text.search(new RegExp(`['"]${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}['"]`)),
  );
  return {
    start: context.sourceCode.getLocFromIndex(at),
    end: context.sourceCode.getLocFromIndex(at + specifier.length + 2),
  };
}

/** The plugin: `layers` and `no-cycle`. */
export default { rules: { layers: layerRule, 'no-cycle': cycleRule } };
