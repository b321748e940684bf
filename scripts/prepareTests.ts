/**
 * Run by `npm test` before the suites: the browser tests need Debian's Chromium, and the
 * real-VS-Code suites need code-server's build headers. As root they are installed; anyone
 * else is told the exact command.
 */
import { ensureSystemPackages } from './codeServer/install';

try {
  ensureSystemPackages();
} catch (error) {
  const command = error instanceof Error ? error.message : String(error);
  process.stderr.write(`The tests need some Debian packages. Install them with:\n  ${command}\n`);
  process.exit(1);
}
