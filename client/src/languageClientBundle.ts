import { createRequire } from 'node:module';
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CrashPolicy } from './crashPolicy';

/**
 * What `dist/languageClient.js` exports: the part of the extension that needs
 * `vscode-languageclient`, by far the largest part of its code. `dist/extension.js` loads
 * it only after activation, so that activating stays quick.
 */
export interface LanguageClientBundle {
  /** A client for `dist/server.js`, created stopped. */
  createLanguageClient(
    context: vscode.ExtensionContext,
    output: vscode.OutputChannel,
    crashPolicy: CrashPolicy,
  ): LanguageClient;
}

/** The file beside this bundle, in dist/ both in the repository and in the .vsix. */
export const LANGUAGE_CLIENT_BUNDLE = './languageClient.js';

/**
 * Loads the client bundle. A `require` of our own, resolved from this file's folder, is a
 * call esbuild leaves alone: it neither inlines the client here nor needs to be told not to.
 */
export function loadLanguageClientBundle(): LanguageClientBundle {
  return createRequire(__filename)(LANGUAGE_CLIENT_BUNDLE) as LanguageClientBundle;
}
