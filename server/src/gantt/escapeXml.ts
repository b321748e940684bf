/**
 * The one way roadmap text reaches the chart's markup. Both SVG (an XML document) and
 * HTML read the result as text, never as markup.
 */

const SPECIAL: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// Characters XML 1.0 forbids (a YAML escape such as "\x01" can produce them): one of them
// would make the exported .svg unreadable, so each becomes U+FFFD. Lone surrogates too.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes `& < > " '` and replaces characters XML cannot hold; safe in text and in quoted attributes. */
// eslint-disable-next-line no-control-regex -- see NOT_XML
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/;

export function escapeXml(text: string): string {
  // Most text (numbers, ids, plain words) has nothing to escape: return it as it is.
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (c) => SPECIAL[c] ?? c);
}

/**
 * Roadmap text set apart from what surrounds it on screen: a right-to-left override inside
 * an owner's name must not reverse the dates drawn after it. First-strong isolate and pop
 * directional isolate close every embedding or override the text opens.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Roadmap text for a text node: escaped, and isolated from the text around it. */
export function isolatedText(value: string): string {
  return escapeXml(isolate(value));
}
