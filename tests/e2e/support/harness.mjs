// Test harness: serves a copy of dist/ on a free port and drives Debian's Chromium with Playwright.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

import { startServer } from '../../../tools/serve.mjs';

export const DIST = new URL('../../../dist/', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** A phone of the cheap-Android kind: 360 × 640 CSS pixels, touch. */
export const PHONE = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

/**
 * Starts a server over a private copy of dist/ (tests may change files in it, as a deployment would)
 * and a headless Chromium. Call `close()` when done.
 */
export async function startApp() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `trunk build --release` first (make test does)');
  }
  const root = mkdtempSync(join(tmpdir(), 'inovda-e2e-'));
  cpSync(DIST, root, { recursive: true });
  const server = await startServer({ dir: root, port: 0 });
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await launchChromium();
  return {
    url,
    root,
    browser,
    /** A fresh profile (empty IndexedDB, no service worker), phone-sized unless told otherwise. */
    async newContext(options = {}) {
      return browser.newContext({ ...PHONE, acceptDownloads: true, ...options });
    },
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Debian's headless Chromium, as every story drives it. */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * Waits until the service worker controls `page` (first visit: it claims the page once installed)
 * and holds every file of the device's role (the role's modules, see public/sw.js).
 */
export async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
  await page.waitForFunction(() => {
    let role = 'agency';
    try { role = JSON.parse(localStorage.getItem('inovda.role')) || role; } catch (_) { /* agency */ }
    return document.documentElement.getAttribute('data-offline-ready') === role;
  });
}
