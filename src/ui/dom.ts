/**
 * The only way the UI makes elements. Text always goes through textContent: story text and
 * imported files are never parsed as HTML.
 */
export interface ElOptions {
  className?: string;
  text?: string;
  /** never `style`: the page's Content Security Policy refuses style attributes (use `style` below) */
  attrs?: Record<string, string | number | boolean | null | undefined> & { style?: never };
  /**
   * Inline style properties, e.g. `{ width: '40%' }`, set through the CSSOM, which the Content
   * Security Policy allows where it refuses a style attribute (docs/SECURITY.md).
   */
  style?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElOptions = {},
  children: (Node | string | null | false | undefined)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [property, value] of Object.entries(options.style ?? {}))
    node.style.setProperty(property, value);
  for (const [type, handler] of Object.entries(options.on ?? {})) {
    node.addEventListener(type, handler as EventListener);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

export function svg(
  tag: string,
  attrs: Record<string, string | number>,
  children: SVGElement[] = [],
): SVGElement {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  for (const child of children) node.append(child);
  return node;
}

export function replaceChildren(parent: Element, ...children: (Node | null | false | undefined)[]): void {
  parent.replaceChildren(...children.filter((c): c is Node => Boolean(c)));
}

/** A button as the screens make them: its words, a test id, what a click does. */
export function button(
  text: string,
  onClick: () => void,
  options: { className?: string; testId?: string; attrs?: ElOptions['attrs'] } = {},
): HTMLButtonElement {
  return el('button', {
    className: options.className ?? 'btn',
    text,
    attrs: { ...options.attrs, 'data-testid': options.testId },
    on: { click: onClick },
  });
}

/** An SVG element holding text (a label, or a tooltip's <title>): set as text, never parsed. */
export function svgText(attrs: Record<string, string | number>, content: string, tag = 'text'): SVGElement {
  const node = svg(tag, attrs);
  node.textContent = content;
  return node;
}
