import * as vscode from 'vscode';

export const WAIT_MS = 20_000;
const POLL_MS = 50;

/**
 * Resolves once `predicate` holds, checking it now and every POLL_MS until `timeoutMs`;
 * the timeout error says what was awaited (a function may describe the last state seen).
 * For states no event announces.
 */
export async function waitFor<T>(
  predicate: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs: number,
  what: string | (() => string),
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await predicate();
    if (value !== undefined && value !== false) return value;
    if (Date.now() >= deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * The diagnostics of `uri` once `accept` holds for them: checked now and on every
 * diagnostics change of that document, until `timeoutMs`. The timeout error shows the
 * last diagnostics seen, which is what a failing run needs to be read.
 */
export function diagnosticsWhen(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const check = (): boolean => {
      const current = vscode.languages.getDiagnostics(uri);
      if (!accept(current)) return false;
      finish();
      resolve(current);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === key)) check();
    });
    const timer = setTimeout(() => {
      finish();
      const last = vscode.languages
        .getDiagnostics(uri)
        .map((d) => `${d.range.start.line}:${d.range.start.character} ${String(codeOf(d))} ${d.message}`);
      reject(
        new Error(
          `timed out after ${timeoutMs} ms waiting for ${what}; diagnostics of ${key} were:\n${last.join('\n') || '(none)'}`,
        ),
      );
    }, timeoutMs);
    const finish = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

/** Resolves at the next diagnostics change of `uri` (subscribe before causing it). */
export function nextDiagnosticsChange(uri: vscode.Uri, what: string, timeoutMs = WAIT_MS): Promise<void> {
  return new Promise((resolve, reject) => {
    const key = uri.toString();
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === key)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
  });
}

export function codeOf(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}
