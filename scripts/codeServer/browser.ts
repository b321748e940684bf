/**
 * Debian's Chromium (or the browser $CHROMIUM_PATH names) under playwright-core: playwright
 * never downloads a browser here, and the flags keep Chromium from calling home (updates,
 * sync, QUIC probes) on an offline machine.
 */
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { chromiumPath } from './install';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
