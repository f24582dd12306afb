import type { Server } from 'node:http';

/** MIME types by file extension (with the dot). */
export const mimeTypes: Record<string, string>;

/** Options of {@link startServer}. */
export interface StartServerOptions {
  /** Folder to serve; default `apps/dashboard/build` in the repository. */
  dir?: string;
  /** Port; default 4173; 0 picks a free port. */
  port?: number;
  /** Host; default `127.0.0.1`. */
  host?: string;
  /** Do not log request errors. */
  quiet?: boolean;
}

/** A running server. */
export interface RunningServer {
  /** `http://host:port/` */
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/**
 * Starts a static file server for a built site.
 * @example const { url, close } = await startServer({ port: 0 });
 */
export function startServer(options?: StartServerOptions): Promise<RunningServer>;
