#!/usr/bin/env node
// `npm run test:fresh-clone`: clones the committed HEAD into a temporary folder and checks, as a new user
// would, that the README's command-line promises hold there: `npm ci && npm run build`, then
// `npx opgave --help`, `npx opgave validate data/rotterdam`, `npx opgave validate data/rotterdam-duo` and
// `npx opgave import-duo …` (issue 13, defect 1: the bin was not linked on a fresh clone). Needs only the
// npm registry (or its cache). Uncommitted changes are not in the clone: commit first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'opgave-fresh-clone-'));
const clone = join(dir, 'opgave');
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TZ: 'Europe/Amsterdam', npm_config_yes: 'true' };
let failed = 0;

function step(title, command, args, cwd = clone, expect = () => true) {
  const started = Date.now();
  const r = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  const ok = r.status === 0 && expect(output);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) {
    failed++;
    console.log(output.split('\n').slice(-30).join('\n'));
  }
  return ok;
}

try {
  const cloned = step(
    'git clone (committed HEAD)',
    'git',
    ['clone', '--quiet', '--no-hardlinks', root, clone],
    root,
  );
  if (cloned && step('npm ci', 'npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'])) {
    step('npm run build', 'npm', ['run', 'build']);
    step('npx opgave --help', 'npx', ['opgave', '--help'], clone, (o) =>
      o.includes('Usage: opgave <command>'),
    );
    step(
      'npx opgave validate data/rotterdam',
      'npx',
      ['opgave', 'validate', 'data/rotterdam', '-q'],
      clone,
      (o) => /is valid/.test(o),
    );
    step(
      'npx opgave validate data/rotterdam-duo',
      'npx',
      ['opgave', 'validate', 'data/rotterdam-duo', '-q'],
      clone,
      (o) => /is valid/.test(o),
    );
    step(
      'npx opgave import-duo data/duo/*.csv --region … --out …',
      'npx',
      [
        'opgave',
        'import-duo',
        'data/duo/01.-leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv',
        'data/duo/02.-alle-vestigingen-vo.csv',
        '--region',
        'data/regions/rotterdam-vo-mbo.csv',
        '--out',
        join(dir, 'my-region'),
        '-q',
      ],
      clone,
      (o) => /DUO pupils per location 2019: \d+ locations/.test(o),
    );
    step(
      'npx opgave forecast data/rotterdam-duo',
      'npx',
      ['opgave', 'forecast', 'data/rotterdam-duo', '--horizon', '5', '--out', join(dir, 'f.csv'), '-q'],
      clone,
      (o) => /baseline total shortage/.test(o),
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(failed === 0 ? 'fresh clone: every check passed' : `fresh clone: ${failed} checks failed`);
process.exit(failed === 0 ? 0 : 1);
