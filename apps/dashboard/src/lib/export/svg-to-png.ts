import { svgSize, svgToString, type SvgToStringOptions } from './svg-to-string';

/** Options of {@link svgToPng}. */
export interface SvgToPngOptions extends SvgToStringOptions {
  /** Pixels per SVG unit; 2 by default (sharp on high-density screens and in documents). */
  scale?: number;
}

/**
 * Draws an SVG of the page onto a canvas and returns it as a PNG, in the browser. The SVG is loaded
 * as an image from a `blob:` URL of the page's own origin: nothing is fetched.
 * @param svg an SVG element in the document
 * @param options `scale` and `background` (see {@link svgToString})
 * @returns a PNG blob
 * @example download(await svgToPng(svg, { scale: 2 }), 'opgave-chart.png')
 */
export async function svgToPng(
  svg: SVGSVGElement,
  { scale = 2, ...options }: SvgToPngOptions = {},
): Promise<Blob> {
  if (!(scale > 0)) throw new Error(`svgToPng: scale must be a positive number, got ${scale}`);
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svgToString(svg, options)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('svgToPng: the browser gave no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('svgToPng: the canvas made no PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
