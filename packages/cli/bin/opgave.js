#!/usr/bin/env node
// The `opgave` command. A committed launcher rather than dist/cli.js itself: npm links a workspace's bin
// at install time, before any build, and skips a bin whose file does not exist yet (issue 13, defect 1).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write(
    'opgave: the command is not built yet (packages/cli/dist/cli.js is missing). Run "npm run build" (or "npm start") in the repository first.\n',
  );
  process.exitCode = 2;
} else {
  await import(cli.href);
}
