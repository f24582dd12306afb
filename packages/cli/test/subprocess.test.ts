import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CLI, ROTTERDAM } from './helpers.js';

const exec = promisify(execFile);

async function node(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], {
      env: { ...process.env, OPGAVE_DEBUG: '' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('dist/cli.js in a subprocess', () => {
  it('node dist/cli.js --help exits 0 and lists the commands', async () => {
    const r = await node(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Commands:\n  validate');
  });

  it('node dist/cli.js validate data/rotterdam exits 0 with no progress on a non-terminal stderr', async () => {
    const r = await node(['validate', ROTTERDAM]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('is valid: 18 files');
    expect(r.stderr).toBe('');
  });

  it('node dist/cli.js forecast <dir> --out x.tsv exits 2 without a stack trace', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'opgave-cli-'));
    try {
      const r = await node(['forecast', ROTTERDAM, '--out', join(dir, 'x.tsv')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('unknown output format ".tsv"');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('node dist/cli.js report <dir> --progress writes the steps to stderr', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'opgave-cli-'));
    try {
      const r = await node([
        'report',
        ROTTERDAM,
        '--horizon',
        '10',
        '--progress',
        '--out',
        join(dir, 'r.html'),
      ]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(
        'loading 18/18 lesson_hours.csv\ncalibrating…\nprojecting…\nrendering charts…\n',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the opgave bin on a fresh clone (issue 13, defect 1)', () => {
  const pkgDir = new URL('..', import.meta.url);

  it("package.json's bin is a committed launcher, so npm links it at install time before any build", async () => {
    const pkg = JSON.parse(await readFile(new URL('package.json', pkgDir), 'utf8')) as {
      bin: Record<string, string>;
    };
    expect(Object.keys(pkg.bin)).toEqual(['opgave']);
    const { stdout } = await exec('git', ['ls-files', '--stage', pkg.bin.opgave], {
      cwd: fileURLToPath(pkgDir),
    });
    // mode 100755: committed and executable
    expect(stdout).toMatch(/^100755 [0-9a-f]{40} 0\tbin\/opgave\.js\n$/);
  });

  it('node bin/opgave.js --help runs dist/cli.js and lists import-duo', async () => {
    const { stdout } = await exec(process.execPath, [
      fileURLToPath(new URL('bin/opgave.js', pkgDir)),
      '--help',
    ]);
    expect(stdout).toContain('Commands:\n  validate');
    expect(stdout).toContain('  import-duo ');
  });
});
