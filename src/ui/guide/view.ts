import type { SvgNode } from '../../narrative/branch-map.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Builds DOM from the guide's element tree (content/guide/render.ts). Text goes in as text
 * nodes and attributes through setAttribute (a style through the CSSOM): nothing from a story is
 * ever parsed as HTML.
 */
export function treeToDom(node: SvgNode, inSvg = false): Node {
  if (node.tag === '#text') return document.createTextNode(node.text ?? '');
  const svg = inSvg || node.tag === 'svg';
  const element = svg ? document.createElementNS(SVG_NS, node.tag) : document.createElement(node.tag);
  for (const [k, v] of Object.entries(node.attrs)) {
    if (k === 'xmlns') continue;
    // The page's Content Security Policy refuses style attributes; the CSSOM is allowed.
    if (k === 'style' && 'style' in element) element.style.cssText = String(v);
    else element.setAttribute(k, String(v));
  }
  if (node.text !== undefined) element.textContent = node.text;
  for (const child of node.children ?? []) element.append(treeToDom(child, svg));
  return element;
}

/** Where the guide of a scenario opens, in the language the game is in. */
export function guideHref(storyId: string, locale: string): string {
  const params = new URLSearchParams({ story: storyId, lang: locale });
  return `guide.html?${params.toString()}`;
}
