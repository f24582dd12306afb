import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/main.js';
import { run } from './helpers.js';

describe('main(argv, io)', () => {
  it('opgave --help lists every command with examples and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['validate', 'forecast', 'backtest', 'report'])
      expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    expect(r.stdout).toContain('Examples:');
    expect(r.stderr).toBe('');
  });

  it('opgave (no arguments) prints the usage on stderr and exits 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: opgave <command>');
    expect(r.stdout).toBe('');
  });

  it('opgave frobnicate exits 2 and names the unknown command', async () => {
    const r = await run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
    expect(r.stderr).toContain('Commands:');
  });

  it('opgave --version prints the package version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  for (const command of COMMANDS) {
    it(`opgave ${command.name} --help shows usage, options, exit codes and examples`, async () => {
      const r = await run([command.name, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: opgave ${command.name} <(dir|files…)>`));
      expect(r.stdout).toContain('Exit codes:');
      expect(r.stdout).toMatch(new RegExp(`Examples:\\n  opgave ${command.name} `));
    });

    it(`opgave ${command.name} --bogus exits 2 with the usage and no stack trace`, async () => {
      const r = await run([command.name, 'x', '--bogus']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("Unknown option '--bogus'");
      expect(r.stderr).toContain(`Usage: opgave ${command.name}`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('opgave help forecast shows the forecast help', async () => {
    const r = await run(['help', 'forecast']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: opgave forecast');
  });

  it('opgave validate a b exits 2: one <dir> only', async () => {
    const r = await run(['validate', 'a', 'b']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unexpected argument "b"');
  });
});
