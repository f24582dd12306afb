/** The option every chart takes so that it can be drawn outside a browser. */
export interface ChartDocument {
  /** The document to draw in: linkedom's or jsdom's in Node; the page's own (`window.document`) by default. */
  document?: Document;
}
