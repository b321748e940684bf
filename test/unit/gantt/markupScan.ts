/**
 * A strict reader of the chart's markup for tests: it fails on any `<` that does not open
 * a well-formed tag and on unbalanced tags, so roadmap text that turned into markup is
 * caught, and it returns tags (with decoded attributes) and decoded text.
 */
import assert from 'node:assert/strict';

export interface Tag {
  name: string;
  attrs: Map<string, string>;
}

export interface Scan {
  tags: Tag[];
  /** Text nodes, decoded, in document order. */
  texts: string[];
  /** Raw contents of `<style>` and `<script>` elements (never decoded by browsers). */
  raw: { name: string; content: string }[];
}

const VOID = new Set([
  'meta',
  'link',
  'br',
  'img',
  'input',
  'hr',
  'base',
  'col',
  'source',
  'wbr',
  'area',
  'embed',
  'track',
]);
const RAW = new Set(['style', 'script']);
const TOKEN =
  /<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\?xml[^>]*\?>|<\/([A-Za-z][\w:-]*)\s*>|<([A-Za-z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>/g;
const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g;

export function decode(text: string): string {
  assert.doesNotMatch(
    text,
    /&(?!(?:amp|lt|gt|quot|#39|#\d+|#x[0-9a-f]+);)/i,
    `bare & in ${JSON.stringify(text.slice(0, 80))}`,
  );
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function text(chunk: string, into: string[]): void {
  if (chunk === '') return;
  assert.ok(!chunk.includes('<'), `a '<' outside any tag: ${JSON.stringify(chunk.slice(0, 80))}`);
  into.push(decode(chunk));
}

export function scanMarkup(markup: string): Scan {
  const tags: Tag[] = [];
  const texts: string[] = [];
  const raw: Scan['raw'] = [];
  const open: string[] = [];
  let at = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(markup); m !== null; m = TOKEN.exec(markup)) {
    text(markup.slice(at, m.index), texts);
    at = TOKEN.lastIndex;
    if (m[1] !== undefined) {
      assert.equal(open.pop(), m[1], `</${m[1]}> closes the wrong element`);
      continue;
    }
    if (m[2] === undefined) continue;
    const name = m[2];
    const attrs = new Map<string, string>();
    for (const a of (m[3] ?? '').matchAll(ATTR)) {
      assert.ok(!attrs.has(a[1]), `attribute ${a[1]} twice on <${name}>`);
      attrs.set(a[1], decode(a[2] ?? a[3] ?? ''));
    }
    tags.push({ name, attrs });
    if (m[4] === '/' || VOID.has(name)) continue;
    if (RAW.has(name)) {
      const end = markup.indexOf(`</${name}>`, at);
      assert.ok(end >= 0, `<${name}> is not closed`);
      raw.push({ name, content: markup.slice(at, end) });
      at = end + name.length + 3;
      TOKEN.lastIndex = at;
      continue;
    }
    open.push(name);
  }
  text(markup.slice(at), texts);
  assert.deepStrictEqual(open, [], 'elements left open');
  return { tags, texts, raw };
}

export function tagsWith(scan: Scan, attribute: string): Tag[] {
  return scan.tags.filter((t) => t.attrs.has(attribute));
}

/** The dangerous constructs the chart must never contain, whatever the roadmap says. */
export function assertInert(scan: Scan, allowedScripts: number): void {
  assert.equal(scan.tags.filter((t) => t.name.toLowerCase() === 'script').length, allowedScripts, 'script elements');
  for (const tag of scan.tags) {
    for (const [name, value] of tag.attrs) {
      assert.ok(!/^on/i.test(name), `event handler attribute ${name} on <${tag.name}>`);
      assert.ok(!/^\s*(javascript|data|vbscript):/i.test(value), `${name}="${value}" on <${tag.name}>`);
      if (name === 'href') assert.match(value, /^https:\/\//, `href on <${tag.name}>`);
      assert.notEqual(name, 'style', `style attribute on <${tag.name}>`);
    }
    assert.ok(
      !['iframe', 'object', 'embed', 'img', 'image', 'foreignObject', 'link', 'use'].includes(tag.name),
      `<${tag.name}>`,
    );
  }
}
