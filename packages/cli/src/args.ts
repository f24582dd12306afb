import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './errors.js';

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  quiet: { type: 'boolean', short: 'q' },
  progress: { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

/** The parsed values of a command's options (and the common ones). */
export type OptionValues<O> = {
  [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : string;
} & { help?: boolean; quiet?: boolean; progress?: boolean };

/**
 * Parses a command's arguments strictly with `node:util` parseArgs; an unknown flag, a missing flag value
 * or a surplus positional becomes a usage error (exit 2).
 * @param command the command's name, for messages
 * @param argv the arguments after the command
 * @param options the command's own options (the common ones are added)
 * @param maxPositionals how many positionals the command takes
 * @returns values and positionals
 * @example
 * const { values, positionals } = parseCommandArgs('validate', ['data/rotterdam', '--json'], { json: { type: 'boolean' } }, 1);
 */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  argv: string[],
  options: O,
  maxPositionals: number,
): { values: OptionValues<O>; positionals: string[] } {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw usageError(`opgave ${command}: ${message}`);
  }
  if (parsed.positionals.length > maxPositionals && !parsed.values.help) {
    throw usageError(
      `opgave ${command}: unexpected argument "${parsed.positionals[maxPositionals]}" (takes ${maxPositionals === 1 ? 'one' : maxPositionals} <dir>)`,
    );
  }
  return parsed as { values: OptionValues<O>; positionals: string[] };
}

/**
 * Reads a whole-number option.
 * @param command command name, for messages
 * @param flag flag name without dashes
 * @param raw the text given, or undefined
 * @param range the allowed range
 * @returns the number, or undefined when the flag was not given
 * @example
 * wholeNumberOption('forecast', 'draws', '1000', { min: 1, max: 100000 }); // 1000
 */
export function wholeNumberOption(
  command: string,
  flag: string,
  raw: string | undefined,
  range: { min: number; max: number },
): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^-?\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < range.min || n > range.max) {
    throw usageError(
      `opgave ${command}: --${flag} "${raw}" is not a whole number from ${range.min} to ${range.max}`,
    );
  }
  return n;
}
