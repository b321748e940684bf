/**
 * SHA-256 from Node's crypto, for the exported page's Content-Security-Policy hashes. The
 * renderer (server/src/gantt) takes it as a parameter so that it stays free of Node.
 */
import { createHash } from 'node:crypto';

/** The base64 SHA-256 of the UTF-8 text. */
export function sha256Base64(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}
