// Bundles the exported chart page's script (server/src/gantt/page/chartPage.ts, browser
// code) into one minified IIFE and writes it as a string constant to
// server/src/gantt/chartScript.generated.ts. The page inlines that text and allows it by its
// hash, so the CLI and server bundles and the tests compiled by tsc must all see the same
// text: a committed module gives them that without a build step of their own. Run by
// esbuild.mjs (so by `npm run build` and `npm run watch`); `--check` only verifies that the
// committed file is current (tests use it).
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const source = join(root, 'server', 'src', 'gantt', 'page', 'chartPage.ts');
export const target = join(root, 'server', 'src', 'gantt', 'chartScript.generated.ts');

/** esbuild options for the page script; `write: false` so the text can be wrapped. */
export const pageBuildOptions = {
  entryPoints: [source],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  // The syntax the hand-written script used (ES2015 at most: `Map`), so that the exported
  // page keeps working in the browsers it did.
  target: 'es2015',
  minify: true,
  write: false,
  logLevel: 'warning',
};

/** The generated module for the script text esbuild produced. */
export function moduleText(script) {
  return [
    '// Generated from server/src/gantt/page/chartPage.ts by scripts/generate-chart-script.mjs. Do not edit.',
    "/** The exported chart page's script, as inlined into the page (its CSP hash is taken from this text). */",
    `export const CHART_SCRIPT = ${JSON.stringify(script)};`,
    '',
  ].join('\n');
}

export async function generate() {
  const result = await esbuild.build(pageBuildOptions);
  return moduleText(result.outputFiles[0].text);
}

/** Writes the module when its text changed, so that a watching build does not loop on it. */
export function writeIfChanged(text) {
  let current;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // Missing: written below.
  }
  if (current !== text) writeFileSync(target, text);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const output = await generate();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // Missing counts as out of date.
    }
    if (current !== output) {
      console.error('server/src/gantt/chartScript.generated.ts is out of date: run `npm run build`.');
      process.exit(1);
    }
  } else {
    writeIfChanged(output);
  }
}
