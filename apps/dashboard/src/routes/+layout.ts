// The whole site is static: every page is prerendered at build time, data load in the browser.
export const prerender = true;
export const ssr = true;
export const trailingSlash = 'ignore';
