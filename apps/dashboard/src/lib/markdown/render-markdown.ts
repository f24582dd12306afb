/** Options of {@link renderMarkdown}. */
export interface RenderMarkdownOptions {
  /** Rewrites a link or image target (e.g. `model.md` → the Methode page's anchor). */
  rewriteUrl?: (url: string) => string;
  /** Returns inline HTML for an image (e.g. an SVG read at build time), or `null` for an `<img>`. */
  inlineImage?: (src: string, alt: string) => string | null;
  /** Prefix of heading ids, so two documents on one page do not clash. */
  idPrefix?: string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A heading's id: lower case, letters, digits and hyphens (as GitHub makes them).
 * @param text the heading's text
 * @returns the slug
 * @example slug('Drivers of change') // 'drivers-of-change'
 */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]+>|[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

function inline(text: string, options: RenderMarkdownOptions): string {
  const codes: string[] = [];
  let out = text.replace(/`([^`]+)`/g, (_, code: string) => {
    codes.push(`<code>${escapeHtml(code)}</code>`);
    return `\uE000${codes.length - 1}\uE000`;
  });
  out = escapeHtml(out);
  const url = (u: string) => escapeHtml(options.rewriteUrl ? options.rewriteUrl(u) : u);
  out = out.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (_, alt: string, src: string) => {
    const inlined = options.inlineImage?.(src, alt);
    return inlined ?? `<img src="${url(src)}" alt="${alt}">`;
  });
  out = out.replace(
    /\[([^\]]+)\]\(([^)\s]+)\)/g,
    (_, label: string, href: string) => `<a href="${url(href)}">${label}</a>`,
  );
  out = out.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
  out = out.replace(/(^|[\s(])_([^_]+)_(?=[\s).,;:]|$)/g, '$1<em>$2</em>');
  out = out.replace(/(^|[\s(])\*([^*\s][^*]*)\*(?=[\s).,;:]|$)/g, '$1<em>$2</em>');
  return out.replace(/\uE000(\d+)\uE000/g, (_, i: string) => codes[Number(i)]);
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));
}

/**
 * Renders the subset of Markdown that the docs use — headings, paragraphs, lists, fenced code, tables,
 * block quotes, inline code, bold, italics, links and images — to HTML. Runs at build time only.
 * @param markdown the text
 * @param options link rewriting, inlined images, id prefix
 * @returns HTML
 * @example renderMarkdown('# Model\n\nSee `project`.') // '<h1 id="model">Model</h1>\n<p>See <code>project</code>.</p>'
 */
export function renderMarkdown(markdown: string, options: RenderMarkdownOptions = {}): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const html: string[] = [];
  let i = 0;
  const isBlockStart = (line: string) =>
    /^(#{1,6}\s|```|\s*[-*]\s|\s*\d+\.\s|>|\|)/.test(line) || line.trim() === '';
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === '') {
      i++;
      continue;
    }
    const fence = /^```(\w*)/.exec(line);
    if (fence) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i].startsWith('```')) body.push(lines[i++]);
      i++;
      html.push(
        `<pre><code${fence[1] ? ` class="language-${fence[1]}"` : ''}>${escapeHtml(body.join('\n'))}</code></pre>`,
      );
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1].length;
      html.push(
        `<h${level} id="${options.idPrefix ?? ''}${slug(heading[2])}">${inline(heading[2], options)}</h${level}>`,
      );
      i++;
      continue;
    }
    if (line.startsWith('|') && i + 1 < lines.length && /^\|?\s*:?-{3,}/.test(lines[i + 1])) {
      const head = cells(line);
      i += 2;
      const rows: string[][] = [];
      while (i < lines.length && lines[i].startsWith('|')) rows.push(cells(lines[i++]));
      html.push(
        `<div class="table-scroll"><table><thead><tr>${head.map((c) => `<th>${inline(c, options)}</th>`).join('')}</tr></thead><tbody>` +
          rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c, options)}</td>`).join('')}</tr>`).join('') +
          '</tbody></table></div>',
      );
      continue;
    }
    const list = /^(\s*)([-*]|\d+\.)\s+/.exec(line);
    if (list) {
      const ordered = /\d/.test(list[2]);
      const items: string[] = [];
      while (i < lines.length && /^\s*([-*]|\d+\.)\s+/.test(lines[i])) {
        let item = lines[i++].replace(/^\s*([-*]|\d+\.)\s+/, '');
        while (i < lines.length && /^\s{2,}\S/.test(lines[i]) && !/^\s*([-*]|\d+\.)\s+/.test(lines[i]))
          item += ` ${lines[i++].trim()}`;
        items.push(`<li>${inline(item, options)}</li>`);
      }
      html.push(ordered ? `<ol>${items.join('')}</ol>` : `<ul>${items.join('')}</ul>`);
      continue;
    }
    if (line.startsWith('>')) {
      const body: string[] = [];
      while (i < lines.length && lines[i].startsWith('>')) body.push(lines[i++].replace(/^>\s?/, ''));
      html.push(`<blockquote>${renderMarkdown(body.join('\n'), options)}</blockquote>`);
      continue;
    }
    const para: string[] = [line.trim()];
    i++;
    while (i < lines.length && !isBlockStart(lines[i])) para.push(lines[i++].trim());
    html.push(`<p>${inline(para.join(' '), options)}</p>`);
  }
  return html.join('\n');
}
