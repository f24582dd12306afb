import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runWithSource, workFolder } from './run-with-source.js';

/** The first ```js block of README.md's "Use the library" section and the ```text block that shows its output. */
function readmeExample(): { code: string; output: string } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Use the library\n');
  if (start < 0) throw new Error('README.md has no "## Use the library" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  const output = /```text\n([\s\S]*?)```/.exec(section)?.[1];
  if (!code || !output)
    throw new Error('README.md "Use the library": expected a ```js block and a ```text block');
  return { code, output };
}

describe('README.md "Use the library"', () => {
  it('the example runs and prints what the README shows', () => {
    const { code, output } = readmeExample();
    const cwd = workFolder();
    const printed = runWithSource(code, cwd);
    expect(printed, 'update the ```text block in README.md to what the example prints').toBe(output);
    const csv = readFileSync(join(cwd, 'output/baseline.csv'), 'utf8');
    expect(csv.slice(0, csv.indexOf('\n'))).toBe('level,unit,subject,year,measure,value');
  });
});
