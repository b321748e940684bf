// Bundles the CLI, the language server, the extension (in two parts) and the preview's webview script into dist/,
// after the exported chart page's script into server/src/gantt/chartScript.generated.ts.
// Types are checked separately by `tsc` (esbuild only strips them).
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { moduleText, pageBuildOptions, writeIfChanged } from './scripts/generate-chart-script.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'server/src/server.ts', out: 'server', banner: '#!/usr/bin/env node' },
  // Activation loads only `extension`; it loads `languageClient` (vscode-languageclient, most
  // of the code) from beside itself afterwards, with a require esbuild does not follow.
  { in: 'client/src/extension.ts', out: 'extension' },
  { in: 'client/src/languageClient.ts', out: 'languageClient' },
  // The Gantt preview's webview script: runs in the webview (a browser), loaded by its nonce.
  { in: 'client/src/preview/webview/main.ts', out: 'preview', platform: 'browser' },
].filter((e) => existsSync(e.in));

// The exported chart page's script, as text in a committed module that the server and CLI
// bundles import: built first, so that they bundle the current text (and, when watching,
// rebuild after it changes).
const chartScript = await esbuild.context({
  ...pageBuildOptions,
  plugins: [
    {
      name: 'chart-script-module',
      setup(build) {
        build.onEnd((result) => {
          if (result.errors.length === 0) writeIfChanged(moduleText(result.outputFiles[0].text));
        });
      },
    },
  ],
});
await chartScript.rebuild();

const contexts = await Promise.all(
  entries.map((e) =>
    esbuild.context({
      entryPoints: { [e.out]: e.in },
      outdir: 'dist',
      bundle: true,
      platform: e.platform ?? 'node',
      format: e.platform === 'browser' ? 'iife' : 'cjs',
      target: e.platform === 'browser' ? 'es2022' : 'node20',
      sourcemap: true,
      minify: production,
      external: ['vscode'],
      // `yaml` as ES modules (the build the package gives bundlers and browsers; the same code
      // as its CommonJS build): esbuild wraps a CommonJS package's exports in getters, and the
      // parser's hot paths call `isMap`, `isScalar` and the node classes through them.
      alias: { yaml: './node_modules/yaml/browser/index.js' },
      banner: e.banner ? { js: e.banner } : undefined,
      logLevel: 'warning',
    }),
  ),
);

if (watch) {
  await Promise.all([chartScript, ...contexts].map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all([chartScript, ...contexts].map((c) => c.dispose()));
}
