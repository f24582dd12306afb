// Installs the workspace's npm dependencies when they are missing or older than package-lock.json, so that
// `npm start` and `npm test` work on a fresh clone. Plain Node: it must run before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Runs `npm ci` in `root` unless node_modules is already in step with package-lock.json.
 * @param {string} root the repository root
 */
export function ensureInstalled(root) {
  const marker = join(root, 'node_modules', '.package-lock.json');
  const lock = join(root, 'package-lock.json');
  const upToDate = existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs;
  if (upToDate) return;
  console.log('Opgave: installing dependencies (npm ci) …');
  const started = Date.now();
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('Opgave: `npm ci` failed; see the messages above.');
    process.exit(result.status ?? 1);
  }
  console.log(`Opgave: dependencies installed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/**
 * Runs a command from node_modules/.bin (or PATH) in `root`, inheriting stdio; exits the process when it fails.
 * @param {string} root the repository root
 * @param {string} command the command
 * @param {string[]} args its arguments
 * @param {NodeJS.ProcessEnv} [env] extra environment
 */
export function run(root, command, args, env = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}`,
      TURBO_TELEMETRY_DISABLED: '1',
      TZ: 'Europe/Amsterdam',
      ...env,
    },
  });
  return result.status ?? 1;
}
