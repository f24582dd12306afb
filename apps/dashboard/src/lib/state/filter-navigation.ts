import { goto } from '$app/navigation';

/**
 * Goes to another filter of the same page (only the query string changes) at once, keeping focus and
 * scroll. A link click handled by SvelteKit waits a frame first (so that the browser can paint the click);
 * here the new charts are what is painted next.
 * @param url the page's path with the new query string (already resolved)
 * @returns the navigation's promise
 * @example void gotoFilter(`/?cluster=C2`);
 */
export function gotoFilter(url: string): Promise<void> {
  // The filter shown again replaces its history entry, as SvelteKit's link click does.
  const replaceState = new URL(url, location.href).href === location.href;
  // The same page, only its query changes: the caller passes a resolved path.
  // eslint-disable-next-line svelte/no-navigation-without-resolve
  return goto(url, { keepFocus: true, noScroll: true, replaceState });
}

/**
 * Whether a click is a plain one that the page may handle itself (a click with a modifier key or another
 * button opens a tab or window, as the browser does).
 * @param event the click
 * @returns `true` for a plain left click
 * @example if (isPlainClick(event)) { event.preventDefault(); void gotoFilter(href); }
 */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
