// Finds a Chromium for the browser tests: $CHROMIUM_PATH, else chromium, chromium-browser or google-chrome on PATH.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const candidates = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** @returns {string | undefined} the absolute path of a Chromium executable */
export function findChromium(env = process.env) {
  if (env.CHROMIUM_PATH) return isExecutable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    for (const name of candidates) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
  }
  return undefined;
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Flags for headless runs here: no sandbox (containers), no GPU, and no background traffic — without
 * the background-networking flags Chromium keeps trying hosts it cannot reach.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * @returns {string} the Chromium to launch
 * @throws with install instructions when there is none
 */
export function requireChromium(env = process.env) {
  const path = findChromium(env);
  if (!path) {
    throw new Error(
      env.CHROMIUM_PATH
        ? `CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable\n${chromiumHelp}`
        : chromiumHelp,
    );
  }
  return path;
}

export const chromiumHelp = `Opgave's browser tests need Chromium, and none was found.
Install one, then run \`npm test\` again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  macOS:          brew install --cask chromium
or point CHROMIUM_PATH at an existing Chromium or Chrome executable:
  CHROMIUM_PATH=/path/to/chrome npm test`;
