import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // A fully static site: every page is prerendered; unknown paths get the SPA shell,
    // which then shows SvelteKit's error page. `scripts/serve.mjs` serves it with status 404.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
    paths: { relative: true },
    prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
  },
};

export default config;
