/** Content-Security-Policy source expressions that allow exactly one inline block. */
import { createHash } from 'node:crypto';

/** `'sha256-…'` of the exact text between the tags, as browsers hash it (UTF-8). */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}
