/** Options of {@link svgToString}. */
export interface SvgToStringOptions {
  /**
   * A background colour painted under the figure. By default the computed background of the
   * nearest ancestor that has one (so a chart shown in the dark theme stays readable on its own);
   * `null` for none.
   */
  background?: string | null;
}

/**
 * Properties copied from the computed style of each element onto the copy, so the SVG looks the
 * same outside the page (fonts, `currentColor`, theme colours set by CSS). Inherited properties are
 * written only where they differ from the parent's.
 */
const inheritedProperties = [
  'color',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant-numeric',
  'text-anchor',
  'visibility',
] as const;

const svgNs = 'http://www.w3.org/2000/svg';
const transparent = new Set(['', 'transparent', 'rgba(0, 0, 0, 0)']);

/**
 * Serialises an SVG in the page as a standalone SVG file: a copy with `xmlns`, width, height and
 * viewBox, the computed styles that matter inlined, and a background rectangle.
 * @param svg an SVG element in the document (a chart drawn by Plot)
 * @param options `background`
 * @returns the text of an `.svg` file
 * @example download(new Blob([svgToString(svg)], { type: 'image/svg+xml' }), 'opgave-chart.svg')
 */
export function svgToString(svg: SVGSVGElement, { background }: SvgToStringOptions = {}): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const view = svg.ownerDocument.defaultView;
  if (view && typeof view.getComputedStyle === 'function') {
    inlineStyles(svg, copy, (element) => view.getComputedStyle(element));
  }
  const { width, height } = svgSize(svg);
  copy.setAttribute('xmlns', svgNs);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  if (!copy.hasAttribute('viewBox')) copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  // Plot lets labels overflow on screen; a file is cut at its viewBox, so it stays as the page shows it.
  copy.style.removeProperty('max-width');
  const fill = background === undefined ? ancestorBackground(svg) : background;
  if (fill) {
    const rect = svg.ownerDocument.createElementNS(svgNs, 'rect');
    const [x, y, w, h] = (copy.getAttribute('viewBox') ?? `0 0 ${width} ${height}`).split(/[\s,]+/);
    for (const [name, value] of Object.entries({ x, y, width: w, height: h, fill })) {
      rect.setAttribute(name, value);
    }
    copy.insertBefore(rect, copy.firstChild);
  }
  const text =
    typeof XMLSerializer === 'function' ? new XMLSerializer().serializeToString(copy) : copy.outerHTML;
  return text.startsWith('<?xml') ? text : `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
}

/**
 * The width and height of an SVG in user units: its attributes, else its viewBox.
 * @param svg an SVG element
 * @returns width and height (at least 1)
 * @example svgSize(svg) // { width: 640, height: 320 }
 */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = Number(svg.getAttribute('width')) || box[2] || 1;
  const height = Number(svg.getAttribute('height')) || box[3] || 1;
  return { width, height };
}

function inlineStyles(
  source: Element,
  target: Element,
  computed: (element: Element) => CSSStyleDeclaration,
  parent?: CSSStyleDeclaration,
) {
  const style = computed(source);
  const declarations: string[] = [];
  for (const property of inheritedProperties) {
    const value = style.getPropertyValue(property);
    if (value && (!parent || parent.getPropertyValue(property) !== value)) {
      declarations.push(`${property}: ${value}`);
    }
  }
  const opacity = style.getPropertyValue('opacity');
  if (opacity && opacity !== '1') declarations.push(`opacity: ${opacity}`);
  if (style.getPropertyValue('display') === 'none') declarations.push('display: none');
  if (declarations.length > 0) {
    const own = target.getAttribute('style');
    target.setAttribute('style', (own ? `${own.replace(/;?\s*$/, '; ')}` : '') + declarations.join('; '));
  }
  const sources = source.children;
  const targets = target.children;
  for (let i = 0; i < sources.length && i < targets.length; i++) {
    inlineStyles(sources[i], targets[i], computed, style);
  }
}

function ancestorBackground(svg: SVGSVGElement): string | null {
  const view = svg.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return null;
  for (let element: Element | null = svg; element; element = element.parentElement) {
    const color = view.getComputedStyle(element).getPropertyValue('background-color');
    if (!transparent.has(color.trim())) return color;
  }
  return null;
}
