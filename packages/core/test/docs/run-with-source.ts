import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SOURCE = {
  '@opgave/core/node': join(ROOT, 'packages/core/src/node/index.ts'),
  '@opgave/core': join(ROOT, 'packages/core/src/index.ts'),
};

/** A fresh working folder with `data/` linked to the repository's, so examples can say `data/rotterdam`. */
export function workFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'opgave-example-'));
  symlinkSync(join(ROOT, 'data'), join(dir, 'data'));
  return dir;
}

/**
 * Runs an ES module as an analyst would, but with `@opgave/core` and `@opgave/core/node` mapped to this
 * checkout's sources (run by tsx), so the test needs no build and checks the code under test.
 */
export function runWithSource(code: string, cwd: string, args: string[] = []) {
  let mapped = code;
  for (const [name, path] of Object.entries(SOURCE)) mapped = mapped.replaceAll(`'${name}'`, `'${path}'`);
  const file = join(cwd, 'example.mjs');
  writeFileSync(file, mapped);
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [file, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', TZ: 'Europe/Amsterdam' },
  });
  if (result.status !== 0) throw new Error(`example exited with ${result.status}:\n${result.stderr}`);
  return result.stdout;
}
