#!/usr/bin/env node
// `npm start`: installs when needed, builds the dashboard with the embedded Rotterdam data, and serves it on
// localhost. PORT and HOST override the defaults (4173, 127.0.0.1).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureInstalled, run } from './lib/ensure-installed.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

ensureInstalled(root);

console.log('Opgave: building the dashboard …');
const status = run(root, 'turbo', [
  'run',
  'build',
  '--filter=@opgave/dashboard...',
  '--output-logs=errors-only',
]);
if (status !== 0) {
  console.error('Opgave: the build failed; see the messages above.');
  process.exit(status);
}

const { startServer } = await import('./serve.mjs');
process.on('SIGINT', () => process.exit(0));
const server = await startServer({
  dir: join(root, 'apps', 'dashboard', 'build'),
  port: Number(process.env.PORT ?? 4173),
  host: process.env.HOST ?? '127.0.0.1',
}).catch((error) => {
  console.error(`Opgave: ${error.message}`);
  console.error('Pick another port with PORT=8080 npm start.');
  process.exit(1);
});
const { url } = server;
console.log(`\nOpgave dashboard: ${url}\n(synthetic Rotterdam data; press Ctrl+C to stop)`);
