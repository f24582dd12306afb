import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { validateScenario, type Scenario } from '@opgave/core';
import { CliError, EXIT, usageError } from './errors.js';

/**
 * Reads and checks a scenario file (a JSON object of levers). A file that is missing is a usage error
 * (exit 2); invalid JSON or a lever out of range is bad input (exit 1), named with the file, the lever,
 * the value and the allowed range.
 * @param command command name, for messages
 * @param file the --scenario path as given
 * @param cwd directory to resolve it against
 * @returns the validated scenario
 * @example
 * const scenario = await readScenario('forecast', 'scenarios/binding.json', process.cwd());
 */
export async function readScenario(command: string, file: string, cwd: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch {
    throw usageError(`opgave ${command}: --scenario ${file}: file not found`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file}: is not valid JSON (${(error as Error).message})`, EXIT.invalid);
  }
  try {
    return validateScenario(json);
  } catch (error) {
    throw new CliError(`${file}: ${(error as Error).message}`, EXIT.invalid);
  }
}
