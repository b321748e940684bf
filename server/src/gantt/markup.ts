/** Building blocks for markup strings: every attribute value goes through `escapeXml`. */
import { escapeXml } from './escapeXml';

export type AttrValue = string | number | undefined | false;

/** ` name="value"` pairs; undefined and false values are left out. */
export function attrs(values: Readonly<Record<string, AttrValue>>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    // Numbers are coordinates: nothing in them needs escaping.
    out += ` ${name}="${typeof value === 'number' ? value : escapeXml(value)}"`;
  }
  return out;
}

export function element(name: string, values: Readonly<Record<string, AttrValue>>, children?: string): string {
  return children === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${children}</${name}>`;
}

/** A `<title>` child: the tooltip browsers show, and the accessible description. */
export function tooltip(text: string): string {
  return `<title>${escapeXml(text)}</title>`;
}
