/* eslint-disable regexp/no-super-linear-backtracking, regexp/no-super-linear-move -- these patterns read the
   repository's own Markdown, written by its maintainers, never a roadmap or any other outside text. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * Notes that lived beside the repository while it was built, never in it: a clone does not
 * have them, so no file may send a reader there. The names are assembled here so that this
 * file does not match itself.
 */
const OUTSIDE_NOTES = ['FORMAT', 'COMPETENCIES', 'REAL-VSCODE', 'STYLE'].map((name) => `${name}.md`);
const OUTSIDE_FOLDERS = [
  ['..', 'shared'].join('/'),
  ...['spec', 'domain', 'notes', 'seeds'].map((name) => `shared/${name}`),
];

/** Generated from the registry, not written by us; it names no documents. */
const NOT_SCANNED = new Set(['package-lock.json']);

/** The files of the repository as a clone has them: tracked, and still present in the working tree. */
function trackedFiles(): string[] {
  const run = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout
    .split('\0')
    .filter(
      (name) => name !== '' && fs.existsSync(path.join(ROOT, name)) && fs.statSync(path.join(ROOT, name)).isFile(),
    );
}

/** Text files only: a NUL byte marks an image or another binary. */
function textOf(file: string): string | undefined {
  const bytes = fs.readFileSync(path.join(ROOT, file));
  return bytes.includes(0) ? undefined : bytes.toString('utf8');
}

/** Prose of a Markdown file: fenced blocks blanked (line numbers kept), inline code removed. */
function proseOf(markdown: string): string[] {
  let fence: string | undefined;
  return markdown.split('\n').map((line) => {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === undefined && opening) {
      fence = opening[1];
      return '';
    }
    if (fence !== undefined) {
      if (line.trimStart().startsWith(fence)) fence = undefined;
      return '';
    }
    return line.replace(/(`+)[^`]*?\1/g, '');
  });
}

/** GitHub's anchor for a heading: its text in lower case, punctuation dropped, spaces as hyphens. */
function headingSlug(heading: string): string {
  const text = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .replace(/\*/g, '')
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
}

/** Every anchor a Markdown file offers: its headings' slugs, a repeated one with `-1`, `-2`... */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === undefined && opening) fence = opening[1];
    else if (fence !== undefined && line.trimStart().startsWith(fence)) fence = undefined;
    if (fence !== undefined || opening) continue;
    const heading = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const slug = headingSlug(heading[1]);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

interface Link {
  file: string;
  line: number;
  target: string;
}

function markdownLinks(file: string, markdown: string): Link[] {
  const links: Link[] = [];
  proseOf(markdown).forEach((line, i) => {
    for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      links.push({ file, line: i + 1, target: m[1] });
    }
  });
  return links;
}

describe('the repository stands on its own', () => {
  const files = trackedFiles();
  const tracked = new Set(files);
  const texts = new Map<string, string>();
  for (const file of files) {
    if (NOT_SCANNED.has(path.basename(file))) continue;
    const text = textOf(file);
    if (text !== undefined) texts.set(file, text);
  }

  it('scans the tracked text files, this one and the format reference among them', () => {
    assert.deepEqual(
      ['README.md', 'docs/format.md', 'test/unit/repositoryLinks.test.ts'].map((f) => texts.has(f)),
      [true, true, true],
    );
  });

  it('names no notes or folders that live outside the repository', () => {
    const found: string[] = [];
    for (const [file, text] of texts) {
      text.split('\n').forEach((line, i) => {
        for (const name of [...OUTSIDE_NOTES, ...OUTSIDE_FOLDERS]) {
          if (line.includes(name)) found.push(`${file}:${i + 1}: ${name}`);
        }
      });
    }
    assert.deepEqual(found, []);
  });

  it('links from Markdown only to files of the repository', () => {
    const broken: string[] = [];
    for (const [file, text] of texts) {
      if (!file.endsWith('.md')) continue;
      for (const link of markdownLinks(file, text)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(link.target) || link.target.startsWith('#')) continue;
        const target = decodeURIComponent(link.target.replace(/#.*$/, ''));
        const resolved = path.posix.normalize(
          target.startsWith('/') ? target.slice(1) : path.posix.join(path.posix.dirname(file), target),
        );
        const folder = resolved.endsWith('/') ? resolved : `${resolved}/`;
        const exists = tracked.has(resolved) || files.some((f) => f.startsWith(folder));
        if (!exists) broken.push(`${file}:${link.line}: ${link.target}`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it('points into docs/format.md only at headings it has', () => {
    const format = texts.get('docs/format.md') ?? '';
    const anchors = anchorsOf(format);
    const missing: string[] = [];
    for (const [file, text] of texts) {
      const fromHere = path.posix.relative(path.posix.dirname(file), 'docs/format.md');
      const fragments: { line: number; anchor: string }[] = [];
      if (file.endsWith('.md')) {
        for (const link of markdownLinks(file, text)) {
          const [target, anchor] = link.target.split('#', 2);
          const intoFormat = file === 'docs/format.md' ? target === '' : target === fromHere;
          if (intoFormat && anchor !== undefined) fragments.push({ line: link.line, anchor });
        }
      }
      // Code, settings and messages name the reference by its path from the repository root;
      // an anchor there ends where a slug's characters do, before the sentence's punctuation.
      text.split('\n').forEach((line, i) => {
        for (const m of line.matchAll(/docs\/format\.md#([\p{L}\p{N}_-]+)/gu)) {
          fragments.push({ line: i + 1, anchor: m[1] });
        }
      });
      for (const { line, anchor } of fragments) {
        if (!anchors.has(decodeURIComponent(anchor))) missing.push(`${file}:${line}: #${anchor}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('makes GitHub anchors of headings', () => {
    assert.deepEqual(
      [
        'Dates and periods',
        '`depends_on`: dependencies',
        'Exit codes (lint & gantt)',
        'The `cxroadmap/chart` request',
        'Diagnostic data and fingerprints',
      ].map(headingSlug),
      [
        'dates-and-periods',
        'depends_on-dependencies',
        'exit-codes-lint--gantt',
        'the-cxroadmapchart-request',
        'diagnostic-data-and-fingerprints',
      ],
    );
  });
});
