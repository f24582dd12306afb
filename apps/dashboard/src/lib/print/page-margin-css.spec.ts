import { expect, test } from 'vitest';
import { pageMarginCss } from './page-margin-css';

test('pageMarginCss(labels) writes the running title and "Page x of y" into the page margins', () => {
  const css = pageMarginCss({ runningTitle: 'Opgave — Report', page: 'Page', of: 'of' });
  expect(css).toContain("@top-left { content: 'Opgave — Report'; }");
  expect(css).toContain("@bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); }");
  expect(css).toContain('@page :first');
});

test('pageMarginCss(labels) escapes quotes and backslashes, so a label cannot end the CSS string', () => {
  const css = pageMarginCss({ runningTitle: "it's \\ a'; } body { color: red", page: 'P', of: 'o' });
  expect(css).toContain("content: 'it\\'s \\\\ a\\'; } body { color: red';");
});
