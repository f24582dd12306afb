import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { svgSize, svgToString } from './svg-to-string';

function svgIn(markup: string): SVGSVGElement {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return document.querySelector('svg') as unknown as SVGSVGElement;
}

describe('svgToString', () => {
  it('svgToString(svg) adds the SVG namespace, an XML declaration and keeps size and viewBox', () => {
    const svg = svgIn(
      '<svg width="200" height="100" viewBox="0 0 200 100"><path d="M0,0L10,10"></path></svg>',
    );
    const text = svgToString(svg, { background: null });
    expect(text.startsWith('<?xml')).toBe(true);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(text).toMatch(/width="200"/);
    expect(text).toMatch(/viewBox="0 0 200 100"/);
    expect(text).toContain('<path d="M0,0L10,10"');
  });

  it('svgToString(svg, { background }) paints the background under the figure, over the whole viewBox', () => {
    const svg = svgIn('<svg width="200" height="100" viewBox="0 0 200 100"><g></g></svg>');
    const text = svgToString(svg, { background: '#ffffff' });
    const rect = svgIn(text.replace(/^<\?xml[^>]*>\s*/, '')).firstElementChild;
    expect(rect?.tagName.toLowerCase()).toBe('rect');
    for (const [name, value] of Object.entries({
      x: '0',
      y: '0',
      width: '200',
      height: '100',
      fill: '#ffffff',
    })) {
      expect(rect?.getAttribute(name), name).toBe(value);
    }
  });

  it('svgToString(svg) leaves the SVG in the page unchanged', () => {
    const svg = svgIn('<svg width="20" height="10"><g></g></svg>');
    svgToString(svg, { background: 'white' });
    expect(svg.hasAttribute('xmlns')).toBe(false);
    expect(svg.querySelector('rect')).toBeNull();
  });

  it('svgSize(svg) reads width and height, else the viewBox', () => {
    expect(svgSize(svgIn('<svg width="640" height="320"></svg>'))).toEqual({ width: 640, height: 320 });
    expect(svgSize(svgIn('<svg viewBox="0 0 300 150"></svg>'))).toEqual({ width: 300, height: 150 });
  });
});
