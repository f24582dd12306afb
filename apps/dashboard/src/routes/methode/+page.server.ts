import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderMarkdown } from '$lib/markdown/render-markdown';
import type { PageServerLoad } from './$types';

// Rendered once at build time from the repository's docs; the page ships HTML, not Markdown.
export const prerender = true;

const docs = resolve('../../docs');

/** Links between the three documents become anchors on this page; data.md is not on the site. */
function rewriter(prefix: string) {
  return (url: string) => {
    const [file, anchor = ''] = url.split('#');
    if (file === '') return `#${prefix}${anchor}`;
    if (file === 'model.md') return anchor ? `#model-${anchor}` : '#model';
    if (file === 'accuracy.md') return anchor ? `#accuracy-${anchor}` : '#accuracy';
    if (file === 'accuracy.svg') return '#accuracy-figure';
    if (file === 'method-choice.md') return anchor ? `#method-choice-${anchor}` : '#method-choice';
    return url;
  };
}

export const load: PageServerLoad = () => {
  const svg = readFileSync(resolve(docs, 'accuracy.svg'), 'utf8').replace(/<\?xml[^>]*>\s*/, '');
  const figure = `<figure id="accuracy-figure" class="doc-figure">${svg}</figure>`;
  const read = (name: string) =>
    // data.md is not part of the site: keep its link text only.
    readFileSync(resolve(docs, name), 'utf8').replace(/\[([^\]]+)\]\(data\.md[^)]*\)/g, '$1');
  const render = (name: string, prefix: string) =>
    renderMarkdown(read(name), {
      idPrefix: prefix,
      rewriteUrl: rewriter(prefix),
      inlineImage: (src) => (src === 'accuracy.svg' ? figure : null),
    });
  let accuracy = render('accuracy.md', 'accuracy-');
  // accuracy.md links to its figure rather than embedding it: show the figure after that paragraph.
  if (!accuracy.includes('id="accuracy-figure"'))
    accuracy = accuracy.replace(/(<a href="#accuracy-figure">[\s\S]*?<\/p>)/, `$1\n${figure}`);
  return {
    model: render('model.md', 'model-'),
    accuracy,
    methodChoice: render('method-choice.md', 'method-choice-'),
  };
};
