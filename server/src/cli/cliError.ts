/**
 * A problem the user can fix (bad arguments, a missing or unreadable path): reported as one
 * `cxroadmap: ...` line on stderr with exit status 2, never as a stack trace.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
}

/** The Node error code (ENOENT, EACCES, ...) when there is one, for messages that stay one line. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
