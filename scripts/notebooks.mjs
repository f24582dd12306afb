#!/usr/bin/env node
// npm run notebooks [-- --check] [-- name …]
//
// Executes every notebook in notebooks/ headlessly with Jupyter and the Deno kernel, fails on any error
// cell, and checks that the key numbers each notebook prints (`KEY <name> = <number>`) equal the ones the
// library computes here, in Node. The executed notebooks are written back with their outputs (without
// execution timestamps), so the committed notebooks read well on a code host; with --check nothing is
// written and stale outputs are a failure instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const notebooksDir = join(root, 'notebooks');
const bin = join(root, 'node_modules', '.bin');
const args = process.argv.slice(2);
const check = args.includes('--check');
const only = args.filter((a) => !a.startsWith('--'));

function fail(message) {
  console.error(`npm run notebooks: ${message}`);
  process.exit(1);
}

function run(command, commandArgs, options = {}) {
  return spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
}

// 1. Tools: Deno from npm (devDependency), Jupyter's nbconvert from the system.
if (!existsSync(join(bin, 'deno')))
  fail('deno is missing from node_modules/.bin: run `npm install` (deno is a devDependency of the root).');
const jupyter = process.env.JUPYTER ?? 'jupyter';
const probe = run(jupyter, ['nbconvert', '--version']);
if (probe.error || probe.status !== 0)
  fail(
    `\`${jupyter} nbconvert\` is not available. Install it, e.g. on Debian or Ubuntu:\n` +
      '  sudo apt-get install -y --no-install-recommends jupyter-nbconvert\n' +
      'or with pip: pip install nbconvert. Set $JUPYTER to use another jupyter.',
  );

// 2. The notebooks import @opgave/core and @opgave/import by package name: build their dist/ (cached by turbo).
const build = run(join(bin, 'turbo'), ['run', 'build', '--filter=@opgave/core', '--filter=@opgave/import'], {
  cwd: root,
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0)
  fail(`building @opgave/core and @opgave/import failed:\n${build.stdout}${build.stderr}`);

// 3. Key numbers, recomputed here with the library (the scenarios must match the notebooks').
const { calibrate, project, requiredIntake, runScenario, simulate, simulationSummary } =
  await import('@opgave/core');
const { loadDataset } = await import('@opgave/core/node');
const importLib = await import('@opgave/import');
const { readBytes } = await import('@opgave/import/node');

let rotterdam;
async function model() {
  if (!rotterdam) {
    const data = await loadDataset(join(root, 'data/rotterdam'));
    rotterdam = { data, params: calibrate(data) };
  }
  return rotterdam;
}

const EXPECTED = {
  async 'quick-start'() {
    const { data, params } = await model();
    const baseline = project(data, { params, horizon: 10 });
    const out = {};
    for (const m of ['demand_fte', 'supply_fte', 'total_shortage_fte'])
      out[`${m} region 2030`] = baseline.value(m, 2030);
    const sim = simulate(data, { params, horizon: 10, draws: 500, seed: 1 });
    const at2030 = simulationSummary(sim, { measures: ['total_shortage_fte'] }).find((r) => r.year === 2030);
    for (const q of ['p5', 'p50', 'p95']) out[`simulate total_shortage_fte region 2030 ${q}`] = at2030[q];
    return out;
  },
  async 'scenario-analysis'() {
    const { data, params } = await model();
    const scenarios = {
      'more-intake': { intakeChangePct: 20 },
      'better-binding': { bindingRatePp: 10, earlyCareerExitReductionPct: 25 },
      'longer-careers-more-lateral-entrants': { workingLongerYears: 1, extraLateralEntrantsFte: 40 },
    };
    const baseline = project(data, { params, horizon: 10 });
    const out = { 'baseline total_shortage_fte region 2035': baseline.value('total_shortage_fte', 2035) };
    for (const [slug, scenario] of Object.entries(scenarios))
      out[`${slug} total_shortage_fte region 2035`] = runScenario(data, scenario, {
        params,
        horizon: 10,
      }).scenario.value('total_shortage_fte', 2035);
    const required = requiredIntake(data, { maxShortagePct: 2, fromYear: 2032 }, { params, horizon: 10 });
    out['required_intake extra_students total'] = required.totalExtraIntake;
    return out;
  },
  async 'duo-import'() {
    const PUPILS = '01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv';
    const LOCATIONS = '02.-alle-vestigingen-vo.csv';
    const regionFile = importLib.parseRegionDefinition(
      await readBytes(join(root, 'data/regions/rotterdam-vo-mbo.csv')),
      'rotterdam-vo-mbo.csv',
    );
    if (!regionFile.ok) throw new Error('data/regions/rotterdam-vo-mbo.csv is not a valid region definition');
    const AREA = new Set(regionFile.definition.locations.map((l) => l.municipality));
    const pupils = await importLib.importDuoPupils(await readBytes(join(root, 'data/duo', PUPILS)), PUPILS);
    const locations = await importLib.importDuoLocations(
      await readBytes(join(root, 'data/duo', LOCATIONS)),
      LOCATIONS,
    );
    if (!pupils.ok || !locations.ok) throw new Error('the DUO files in data/duo/ did not import');
    const inArea = new Set(locations.rows.filter((l) => AREA.has(l.municipality)).map((l) => l.locationCode));
    const perLocation = importLib.duoPupilsPerLocation(pupils.rows);
    const area = perLocation.filter((p) => inArea.has(p.locationCode));
    // importDuo also counts the locations DUO lists in the region's places that the locations file lacks
    const places = new Set(regionFile.definition.locations.flatMap((l) => [l.place, l.municipality]));
    const defined = new Set(regionFile.definition.locations.map((l) => l.duoLocation));
    const counted = perLocation.filter(
      (p) =>
        defined.has(p.locationCode) ||
        (!inArea.has(p.locationCode) &&
          !locations.rows.some((l) => l.locationCode === p.locationCode) &&
          places.has(p.place)),
    );
    return {
      'duo area locations': area.length,
      'duo area pupils': area.reduce((s, p) => s + p.knownPupils, 0),
      // the 2019 file has no suppressed cells, so each location's pupils are its known sum
      'duo opgave pupils rows': counted.length,
      'duo opgave pupils total': counted.reduce((s, p) => s + p.knownPupils, 0),
    };
  },
};

// 4. Execute, check and write back.
function textOf(output) {
  if (output.output_type === 'stream') return [].concat(output.text).join('');
  const plain = output.data?.['text/plain'];
  return plain == null ? '' : [].concat(plain).join('');
}

function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys(value[k])]),
    );
  return value;
}

/** Drops what changes on every run (execution timestamps), so re-running gives no diff. */
function normalise(nb) {
  for (const cell of nb.cells) delete cell.metadata?.execution;
  return `${JSON.stringify(sortKeys(nb), null, 1)}\n`;
}

const names = readdirSync(notebooksDir)
  .filter((f) => f.endsWith('.ipynb'))
  .map((f) => f.slice(0, -'.ipynb'.length))
  .filter((n) => only.length === 0 || only.includes(n))
  .sort();
if (names.length === 0) fail(`no notebooks${only.length ? ` named ${only.join(', ')}` : ''} in notebooks/`);

const outDir = mkdtempSync(join(tmpdir(), 'opgave-notebooks-'));
const env = {
  ...process.env,
  PATH: `${bin}${delimiter}${process.env.PATH}`,
  JUPYTER_PATH: join(notebooksDir, 'jupyter'),
  NO_COLOR: '1',
  DENO_NO_UPDATE_CHECK: '1',
};
/** Executes one notebook into outDir; returns the problems and the executed notebook. */
async function execute(name) {
  const problems = [];
  const exec = run(
    jupyter,
    [
      'nbconvert',
      '--to',
      'notebook',
      '--execute',
      '--ExecutePreprocessor.kernel_name=deno',
      '--ExecutePreprocessor.timeout=600',
      '--output-dir',
      outDir,
      '--output',
      name,
      join(notebooksDir, `${name}.ipynb`),
    ],
    { cwd: notebooksDir, env },
  );
  const outFile = join(outDir, `${name}.ipynb`);
  if (exec.status !== 0 || !existsSync(outFile)) {
    const error = exec.stderr
      .split('\n')
      .filter((l) => !l.startsWith('[NbConvertApp]') && !l.includes('"deno jupyter" is unstable'))
      .slice(-25)
      .join('\n');
    return { problems: [`execution failed (exit ${exec.status}):\n${error}`], lost: false };
  }
  const nb = JSON.parse(readFileSync(outFile, 'utf8'));
  const printed = {};
  let lost = false;
  nb.cells.forEach((cell, i) => {
    // A cell that displays something must show it: an output Jupyter dropped would go unnoticed.
    const source = [].concat(cell.source ?? []).join('');
    if (cell.cell_type === 'code' && /await (show|chart|print)\(/.test(source) && cell.outputs.length === 0) {
      problems.push(`cell ${i + 1} (${cell.id}) displays something but has no output`);
      lost = true;
    }
    for (const output of cell.outputs ?? []) {
      if (output.output_type === 'error')
        problems.push(`cell ${i + 1} (${cell.id}): ${output.ename}: ${output.evalue}`);
      if (output.output_type === 'stream' && output.name === 'stderr')
        problems.push(`cell ${i + 1} (${cell.id}) wrote to stderr: ${textOf(output).trim().slice(0, 300)}`);
      for (const m of textOf(output).matchAll(/^KEY (.+?) = (-?\d+(?:\.(\d+))?)\s*$/gm))
        printed[m[1]] = { value: Number(m[2]), digits: m[3]?.length ?? 0 };
    }
  });
  const expected = await EXPECTED[name]?.();
  if (!expected) problems.push(`scripts/notebooks.mjs has no key numbers for ${name}: add them to EXPECTED`);
  else {
    for (const [key, value] of Object.entries(expected)) {
      const got = printed[key];
      if (!got) problems.push(`KEY ${key} was not printed (expected ${value})`);
      else if (Math.abs(got.value - value) > 0.5 * 10 ** -got.digits + 1e-9 * Math.abs(value))
        problems.push(`KEY ${key} = ${got.value} but the library gives ${value}`);
    }
    for (const key of Object.keys(printed))
      if (!(key in expected)) problems.push(`KEY ${key} is printed but not checked: add it to EXPECTED`);
  }
  return { problems, lost, nb };
}

/** Type-checks the code cells of a notebook, joined into one module (`deno check` cannot read .ipynb). */
function typeCheck(name) {
  const nb = JSON.parse(readFileSync(join(notebooksDir, `${name}.ipynb`), 'utf8'));
  const code = nb.cells
    .filter((c) => c.cell_type === 'code')
    .map((c) => [].concat(c.source).join(''))
    .join('\n\n');
  // beside the notebooks, so that deno.json and the workspace's node_modules apply
  const file = join(notebooksDir, `.check-${name}.ts`);
  writeFileSync(file, `${code}\nexport {};\n`);
  try {
    const result = run(join(bin, 'deno'), ['check', '--quiet', file], { cwd: notebooksDir, env });
    if (result.status === 0) return [];
    return [`deno check: ${`${result.stdout}${result.stderr}`.trim().split('\n').slice(0, 20).join('\n')}`];
  } finally {
    rmSync(file, { force: true });
  }
}

let passed = 0;
let failed = 0;
for (const name of names) {
  const started = performance.now();
  const problems = typeCheck(name);
  // Deno's kernel (2.9) can report a cell finished before its output has gone out; Jupyter then drops the
  // output. The helpers in the notebooks wait for it, and a run that still lost one is repeated.
  let result = await execute(name);
  for (let retry = 0; retry < 2 && result.lost; retry++) result = await execute(name);
  problems.push(...result.problems);
  if (problems.length === 0) {
    const text = normalise(result.nb);
    const target = join(notebooksDir, `${name}.ipynb`);
    if (!check) writeFileSync(target, text);
    else {
      const committed = readFileSync(target, 'utf8').split('\n');
      const fresh = text.split('\n');
      const line = fresh.findIndex((l, i) => l !== committed[i]);
      if (line >= 0)
        problems.push(
          `the committed outputs are stale (line ${line + 1}: ${JSON.stringify(committed[line]?.slice(0, 120))} ≠ ${JSON.stringify(fresh[line].slice(0, 120))}): run \`npm run notebooks\` and commit the notebook`,
        );
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (problems.length === 0) {
    passed++;
    console.log(`ok    ${name}.ipynb (${seconds} s)`);
  } else {
    failed++;
    console.log(`FAIL  ${name}.ipynb (${seconds} s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}
rmSync(outDir, { recursive: true, force: true });
console.log(`notebooks: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
