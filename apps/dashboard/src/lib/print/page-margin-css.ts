/** The words of the printed pages' margins, in the reader's language. */
export interface PageMarginLabels {
  /** The running title at the top of every page but the first. */
  runningTitle: string;
  /** The page number's words: "Pagina 2 van 6". */
  page: string;
  of: string;
}

/** A CSS string literal: only quotes, backslashes and line breaks need escaping. */
function cssString(text: string): string {
  return `'${text.replace(/[\\']/g, (c) => `\\${c}`).replace(/[\n\r]/g, ' ')}'`;
}

/**
 * The `@page` margin boxes of the printed report (running title, "Pagina x van y") in the reader's
 * language. Page margins cannot be chosen by `:lang()`, so the page writes this rule when the language
 * changes; `print.css` holds the rest of the layout.
 * @param labels the running title and the page number's words
 * @returns a stylesheet with one `@page` rule
 * @example pageMarginCss({ runningTitle: 'Opgave', page: 'Page', of: 'of' })
 */
export function pageMarginCss({ runningTitle, page, of }: PageMarginLabels): string {
  return `@page {
  @top-left { content: ${cssString(runningTitle)}; }
  @bottom-right { content: ${cssString(`${page} `)} counter(page) ${cssString(` ${of} `)} counter(pages); }
}
@page :first {
  @top-left { content: none; }
  @bottom-right { content: none; }
}`;
}
