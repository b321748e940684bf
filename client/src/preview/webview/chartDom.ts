/**
 * Puts the renderer's SVG into the page. The markup comes from the extension (the renderer
 * escaped every roadmap text in it); it is still parsed inert, in a template, and only the
 * elements and attributes the renderer draws are kept, so that nothing in it can run, load
 * or restyle the page even if a renderer bug let something through.
 *
 * A new chart is patched into the one on screen: after an edit most of a large chart is
 * unchanged, and untouched nodes keep their layout, their focus and their scroll position.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What the renderer draws. `style` is left out: the page has the chart's stylesheet already. */
const ELEMENTS: ReadonlySet<string> = new Set([
  'svg',
  'title',
  'desc',
  'defs',
  'marker',
  'g',
  'path',
  'rect',
  'line',
  'circle',
  'polygon',
  'text',
  'tspan',
  'a',
]);

const ATTRIBUTES: ReadonlySet<string> = new Set([
  'class',
  'id',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'width',
  'height',
  'd',
  'points',
  'viewBox',
  'refX',
  'refY',
  'markerWidth',
  'markerHeight',
  'markerUnits',
  'orient',
  'marker-end',
  'text-anchor',
  'transform',
  'role',
  'tabindex',
  'aria-label',
  'aria-roledescription',
  'aria-hidden',
  'href',
  'target',
  'rel',
]);

function allowedAttribute(element: Element, attribute: Attr): boolean {
  const name = attribute.name;
  if (attribute.namespaceURI !== null) return false;
  if (name.startsWith('data-')) return /^data-[a-z-]+$/.test(name);
  if (!ATTRIBUTES.has(name)) return false;
  if (name === 'href') return element.localName === 'a' && isHttps(attribute.value);
  // Markers are the only references the renderer makes, to its own defs.
  if (name === 'marker-end') return /^url\(#[a-z-]+\)$/.test(attribute.value);
  return true;
}

function isHttps(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

function clean(root: Element): void {
  const unknown: Element[] = [];
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    if (element.namespaceURI !== SVG_NS || !ELEMENTS.has(element.localName)) {
      unknown.push(element);
      continue;
    }
    const attributes = element.attributes;
    for (let i = attributes.length - 1; i >= 0; i--) {
      const attribute = attributes[i];
      if (attribute && !allowedAttribute(element, attribute)) element.removeAttributeNode(attribute);
    }
  }
  for (const element of unknown) element.remove();
}

/**
 * The initiatives' tooltips are drawn by the page (for the keyboard too), so their
 * `<title>` becomes a `<desc>`: still the accessible description, no longer a native tooltip.
 */
function describeInitiatives(svg: Element): void {
  for (const title of Array.from(svg.querySelectorAll('g.initiative > title'))) {
    const desc = title.ownerDocument.createElementNS(SVG_NS, 'desc');
    desc.textContent = title.textContent;
    title.replaceWith(desc);
  }
}

/** The chart element built from `markup`, not yet in the page; undefined when the markup is not one SVG element. */
export function chartElement(markup: string, page: Document): SVGSVGElement | undefined {
  // A template's content is inert: no script runs, nothing loads, no handler fires.
  const template = page.createElement('template');
  template.innerHTML = markup;
  const content = template.content;
  const root = content.firstElementChild;
  if (!root || content.childNodes.length !== 1 || root.namespaceURI !== SVG_NS || root.localName !== 'svg')
    return undefined;
  clean(root);
  describeInitiatives(root);
  return root as SVGSVGElement;
}

function syncAttributes(old: Element, next: Element): void {
  for (let i = old.attributes.length - 1; i >= 0; i--) {
    const name = old.attributes[i]?.name;
    if (name !== undefined && !next.hasAttribute(name)) old.removeAttribute(name);
  }
  for (const attribute of Array.from(next.attributes)) {
    if (old.getAttribute(attribute.name) !== attribute.value) old.setAttribute(attribute.name, attribute.value);
  }
}

/** The element at `path` (element-child indexes) under `root`. */
function elementAt(root: Element, path: readonly number[]): Element | undefined {
  let node: Element | undefined = root;
  for (const index of path) node = node?.children[index];
  return node;
}

/**
 * Applies the server's changes to the chart on screen: each change's markup, parsed and
 * cleaned as a whole chart is, replaces the element at its path. False, with nothing
 * changed, when a change is not one element or its path leads nowhere.
 */
export function applyChanges(
  svg: SVGSVGElement,
  changes: readonly { path: readonly number[]; markup: string }[],
  page: Document,
): boolean {
  if (changes.length === 0) return true;
  // One parse for all the changes, inside an `<svg>` so that they are SVG elements, with a
  // separator no markup can know between them: each change must come out as exactly one
  // element between two separators (not two, none, or one left open across a separator).
  const separator = `cx-split-${Math.random().toString(36).slice(2)}`;
  const template = page.createElement('template');
  template.innerHTML = `<svg xmlns="${SVG_NS}">${changes.map((c) => c.markup).join(`<${separator}></${separator}>`)}</svg>`;
  const wrapper = template.content.firstElementChild;
  if (!wrapper || template.content.childNodes.length !== 1) return false;
  const nodes = Array.from(wrapper.childNodes);
  if (nodes.length !== 2 * changes.length - 1) return false;
  const parts: Element[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (!(node instanceof Element) || (node.localName === separator) !== (i % 2 === 1)) return false;
    if (i % 2 === 0) parts.push(node);
    else node.remove();
  }
  clean(wrapper);
  describeInitiatives(wrapper);
  // Paths are resolved before any replacement: each one names a place in the chart as the server last drew it.
  const targets = changes.map((c) => elementAt(svg, c.path));
  if (wrapper.children.length !== changes.length || targets.some((t) => t === undefined || t === svg)) return false;
  // One part per change, so per target: the separators above let through exactly that many.
  for (let i = 0; i < targets.length; i++) targets[i]!.replaceWith(page.adoptNode(parts[i]!));
  return true;
}

/** Makes `old` (in the page) equal to `next`, replacing only the nodes that differ. */
export function patchNode(old: Node, next: Node): void {
  if (old.isEqualNode(next)) return;
  if (
    old instanceof Element &&
    next instanceof Element &&
    old.namespaceURI === next.namespaceURI &&
    old.localName === next.localName &&
    old.childNodes.length === next.childNodes.length
  ) {
    syncAttributes(old, next);
    const olds = Array.from(old.childNodes);
    const nexts = Array.from(next.childNodes);
    // Both lists have the same length (checked above).
    for (let i = 0; i < olds.length; i++) patchNode(olds[i]!, nexts[i]!);
    return;
  }
  if (old.nodeType === Node.TEXT_NODE && next.nodeType === Node.TEXT_NODE) {
    old.nodeValue = next.nodeValue;
    return;
  }
  old.parentNode?.replaceChild(old.ownerDocument!.adoptNode(next), old);
}
