#!/usr/bin/env node
// Serves the built dashboard (a static site) with correct MIME types. Plain Node, no dependencies.
//
//   node scripts/serve.mjs [--dir apps/dashboard/build] [--port 4173] [--host 127.0.0.1]
//
// Also importable: `const { url, close } = await startServer({ dir, port: 0 })`.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** MIME types by extension; DuckDB-wasm needs `.wasm` as `application/wasm` or it never starts. */
export const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.parquet': 'application/vnd.apache.parquet',
  '.arrow': 'application/vnd.apache.arrow.file',
  '.topojson': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
};

/** Pages SvelteKit's adapter-static may write as the SPA fallback, in order of preference. */
const fallbackPages = ['404.html', '200.html', 'index.html'];

/**
 * Starts a static file server for a built site.
 * @param {{dir?: string, port?: number, host?: string, quiet?: boolean}} [options]
 *   `dir` the folder to serve (default `apps/dashboard/build`, relative to the repository);
 *   `port` (default 4173; 0 picks a free port); `host` (default 127.0.0.1);
 *   `quiet` suppresses the request log on errors.
 * @returns {Promise<{url: string, port: number, server: import('node:http').Server, close: () => Promise<void>}>}
 * @example const { url, close } = await startServer({ port: 0 });
 */
export async function startServer({
  dir = join(root, 'apps/dashboard/build'),
  port = 4173,
  host = '127.0.0.1',
  quiet = false,
} = {}) {
  const base = resolve(dir);
  const info = await stat(base).catch(() => null);
  if (!info?.isDirectory()) {
    throw new Error(
      `serve: ${base} is not a directory; build the dashboard first (npm run build -w @opgave/dashboard)`,
    );
  }
  const fallback = await findFallback(base);

  const server = createServer(async (request, response) => {
    try {
      await handle(request, response);
    } catch (error) {
      if (!quiet) console.error(`serve: ${request.method} ${request.url}:`, error);
      if (!response.headersSent) response.writeHead(500, { 'content-type': mimeTypes['.txt'] });
      response.end('500 Internal Server Error\n');
    }
  });

  async function handle(request, response) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': mimeTypes['.txt'] });
      return response.end('405 Method Not Allowed\n');
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400, { 'content-type': mimeTypes['.txt'] });
      return response.end('400 Bad Request\n');
    }
    if (pathname.includes('\0')) {
      response.writeHead(400, { 'content-type': mimeTypes['.txt'] });
      return response.end('400 Bad Request\n');
    }
    // Resolve inside `base` and refuse anything that escapes it (../, encoded or not).
    const file = resolve(base, '.' + normalize('/' + pathname));
    if (file !== base && !file.startsWith(base + sep)) {
      response.writeHead(403, { 'content-type': mimeTypes['.txt'] });
      return response.end('403 Forbidden\n');
    }

    const found = await resolveFile(file);
    if (found) return send(request, response, found, 200);
    // A path without an extension is a page: answer with the SPA fallback and let the client
    // router show the page or its error. A missing file (with extension) is a plain 404.
    if (fallback && extname(pathname) === '') {
      return send(request, response, fallback.path, fallback.status);
    }
    response.writeHead(404, { 'content-type': mimeTypes['.txt'] });
    response.end('404 Not Found\n');
  }

  await new Promise((resolvePromise, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') {
        reject(
          new Error(
            `serve: port ${port} on ${host} is already in use; stop the other server or pick another port with --port`,
            { cause: error },
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(new Error(`serve: no permission to listen on ${host}:${port}`, { cause: error }));
      } else {
        reject(error);
      }
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePromise(undefined);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });

  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${actualPort}/`,
    port: actualPort,
    server,
    close: () =>
      new Promise((resolveClose, reject) => {
        server.close((error) => (error ? reject(error) : resolveClose()));
        server.closeAllConnections?.();
      }),
  };
}

async function resolveFile(file) {
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    const index = join(file, 'index.html');
    if ((await stat(index).catch(() => null))?.isFile()) return index;
  }
  // adapter-static writes `/about` as `about.html`
  const html = `${file}.html`;
  if (!file.endsWith(sep) && (await stat(html).catch(() => null))?.isFile()) return html;
  return null;
}

async function findFallback(base) {
  for (const name of fallbackPages) {
    const path = join(base, name);
    if ((await stat(path).catch(() => null))?.isFile()) {
      return { path, status: name === '404.html' ? 404 : 200 };
    }
  }
  return null;
}

async function send(request, response, file, status) {
  const info = await stat(file);
  const type = mimeTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const immutable = file.includes(`${sep}_app${sep}immutable${sep}`);
  response.writeHead(status, {
    'content-type': type,
    'content-length': info.size,
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (request.method === 'HEAD') return response.end();
  createReadStream(file)
    .on('error', (error) => response.destroy(error))
    .pipe(response);
}

function parseArguments(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[++i];
    if (flag === '--help' || flag === '-h') {
      console.log(
        'usage: node scripts/serve.mjs [--dir apps/dashboard/build] [--port 4173] [--host 127.0.0.1]',
      );
      process.exit(0);
    }
    if (value === undefined) throw new Error(`serve: ${flag} needs a value`);
    if (flag === '--dir') options.dir = resolve(process.cwd(), value);
    else if (flag === '--host') options.host = value;
    else if (flag === '--port') {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new Error(`serve: --port must be a whole number from 0 to 65535, got "${value}"`);
      }
      options.port = port;
    } else throw new Error(`serve: unknown option "${flag}"`);
  }
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { url, close } = await startServer(parseArguments(process.argv.slice(2)));
    console.log(`Opgave dashboard: ${url}`);
    const stop = () => {
      // Open keep-alive connections must not keep the process alive for long.
      setTimeout(() => process.exit(0), 1000).unref();
      close().finally(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
