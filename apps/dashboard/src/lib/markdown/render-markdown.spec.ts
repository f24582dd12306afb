import { expect, test } from 'vitest';
import { renderMarkdown, slug } from './render-markdown';

test('renderMarkdown(text) renders headings with ids, paragraphs and inline code, bold and links', () => {
  expect(renderMarkdown('# The model\n\nSee `a < b` and **this**\n[docs](data.md).')).toBe(
    '<h1 id="the-model">The model</h1>\n<p>See <code>a &lt; b</code> and <strong>this</strong> <a href="data.md">docs</a>.</p>',
  );
});

test('renderMarkdown(text) renders fenced code, lists and tables', () => {
  const html = renderMarkdown(
    '```ts\nconst x = 1 < 2;\n```\n\n- one\n- two\n\n| a | b |\n| --- | --- |\n| 1 | `x|y` |',
  );
  expect(html).toContain('<pre><code class="language-ts">const x = 1 &lt; 2;</code></pre>');
  expect(html).toContain('<ul><li>one</li><li>two</li></ul>');
  expect(html).toContain('<thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td>');
});

test('renderMarkdown(text, { rewriteUrl, inlineImage }) rewrites links and inlines images', () => {
  const html = renderMarkdown('![MASE](accuracy.svg) [m](model.md#x)', {
    rewriteUrl: (u) => u.replace('model.md', ''),
    inlineImage: (src) => (src === 'accuracy.svg' ? '<svg></svg>' : null),
  });
  expect(html).toBe('<p><svg></svg> <a href="#x">m</a></p>');
});

test('slug(text) makes GitHub-style ids', () => {
  expect(slug('Accuracy (backtest)')).toBe('accuracy-backtest');
});
