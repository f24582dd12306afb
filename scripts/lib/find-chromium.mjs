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

export const chromiumHelp = `Opgave's browser tests need Chromium, and none was found.
Install one, then run \`npm test\` again:
  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium
  macOS:          brew install --cask chromium
or point CHROMIUM_PATH at an existing Chromium or Chrome executable:
  CHROMIUM_PATH=/path/to/chrome npm test`;
