/** A Chromium executable: `$CHROMIUM_PATH`, else chromium, chromium-browser or google-chrome on PATH. */
export function findChromium(env?: NodeJS.ProcessEnv): string | undefined;
/** The same, or an error with install instructions. */
export function requireChromium(env?: NodeJS.ProcessEnv): string;
/** Flags for headless runs here (no sandbox, no GPU, no background traffic). */
export const chromiumArgs: string[];
/** How to install Chromium, for the error message. */
export const chromiumHelp: string;
