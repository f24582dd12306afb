import type { ImportClient } from '$lib/own-data/import-client';

/** The page's one import worker, started when first needed. */
export interface LazyImportClient {
  /** The client, its worker started on the first call. */
  get: () => Promise<ImportClient>;
  /** Ends the worker, if it was started. */
  close: () => void;
}

/**
 * The import worker for /gegevens, loaded (with `@opgave/import`) only when the page first asks for it.
 * @returns the page's lazily started import client
 * @example const client = lazyImportClient(); const entries = await (await client.get()).catalog();
 */
export function lazyImportClient(): LazyImportClient {
  let client: ImportClient | null = null;
  return {
    get: async () => {
      if (!client) {
        const { createImportClient } = await import('$lib/own-data/import-client');
        client = createImportClient();
      }
      return client;
    },
    close: () => client?.close(),
  };
}
