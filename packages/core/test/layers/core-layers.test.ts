import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import coreLayers, {
  CORE_LAYERS,
  coreLayerOf,
  importCycle,
  relativeImports,
} from '../../../../tools/eslint/core-layers.js';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

function lint(file: string, code: string) {
  const linter = new Linter({ cwd: path.parse(file).root });
  return linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { opgave: coreLayers },
        rules: { 'opgave/layers': 'error', 'opgave/no-cycle': 'error' },
      },
    ],
    { filename: file },
  );
}

describe('opgave/layers', () => {
  it('lint(calibrate file importing projection/project.js) reports an upward import', () => {
    const messages = lint(
      path.join(src, 'calibrate', 'planted.ts'),
      "import { project } from '../projection/project.js';\nexport const p = project;\n",
    );
    expect(messages.map((m) => m.ruleId)).toEqual(['opgave/layers']);
    expect(messages[0].message).toContain(
      'calibrate/planted.ts (layer calibrate) imports projection/project.ts',
    );
    expect(messages[0].line).toBe(1);
  });

  it('lint(simulate file with a type-only import of backtest) reports it too', () => {
    const messages = lint(
      path.join(src, 'uncertainty', 'planted.ts'),
      "import type { BacktestRow } from '../backtest/backtest.js';\nexport type Row = BacktestRow;\n",
    );
    expect(messages.map((m) => m.ruleId)).toEqual(['opgave/layers']);
  });

  it('lint(model file importing levers and calibrate) reports nothing', () => {
    const messages = lint(
      path.join(src, 'model', 'planted.ts'),
      "import { scenarioLevers } from '../levers/scenario-levers.js';\nimport type { Params } from '../calibrate/params.js';\nexport const f = (p: Params) => [p, scenarioLevers({})];\n",
    );
    expect(messages).toEqual([]);
  });

  it('lint(file in a folder no layer lists) asks for its layer', () => {
    const messages = lint(path.join(src, 'misc', 'planted.ts'), 'export const x = 1;\n');
    expect(messages.map((m) => m.message)).toEqual([
      'misc/planted.ts belongs to no layer: add its folder to CORE_LAYERS in tools/eslint/core-layers.js',
    ]);
  });
});

describe('opgave/no-cycle', () => {
  it('lint(a.ts importing b.ts that imports a.ts) reports the cycle', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'core-layers-'));
    const dir = path.join(root, 'packages', 'core', 'src', 'model');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'b.ts'), "import type { A } from './a.js';\nexport type B = A;\n");
    const messages = lint(
      path.join(dir, 'a.ts'),
      "import type { B } from './b.js';\nexport type A = B | 1;\n",
    );
    fs.rmSync(root, { recursive: true });
    expect(messages.map((m) => m.message)).toEqual(['import cycle: model/a.ts → model/b.ts → model/a.ts']);
  });
});

describe('packages/core/src', () => {
  const files = fs
    .readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(src, f));

  it('coreLayerOf(file) gives every file a layer', () => {
    expect(files.filter((f) => coreLayerOf(f) === undefined)).toEqual([]);
  });

  it('relativeImports(file) never points to a higher layer, and importCycle finds no cycle', () => {
    const upward: string[] = [];
    const cycles: string[] = [];
    for (const file of files) {
      const imports = relativeImports(file, fs.readFileSync(file, 'utf8'));
      for (const { target } of imports)
        if (coreLayerOf(target)! > coreLayerOf(file)!)
          upward.push(`${path.relative(src, file)} → ${path.relative(src, target)}`);
      if (
        importCycle(
          file,
          imports.map((i) => i.target),
        )
      )
        cycles.push(path.relative(src, file));
    }
    expect(upward).toEqual([]);
    expect(cycles).toEqual([]);
    expect(CORE_LAYERS.map((l) => l.name)).toEqual([
      'data',
      'calibrate',
      'levers',
      'model',
      'project',
      'simulate',
      'analyse',
      'out',
    ]);
  });
});
