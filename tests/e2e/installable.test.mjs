// Story: an officer opens Inovda once on a phone and can install it like an app: Chromium reports
// no installability error (manifest, icons, service worker with a fetch handler, HTTPS-or-localhost).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

import { PHONE, startApp, waitForServiceWorker } from './support/harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('the app is installable: Page.getInstallabilityErrors is empty and the manifest is complete', async () => {
  // A real profile: Chromium never offers installation in an incognito-like context.
  const profile = mkdtempSync(join(tmpdir(), 'inovda-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...PHONE,
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(app.url);
  await page.getByLabel('Nama Instansi').waitFor();
  await waitForServiceWorker(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, [], JSON.stringify(installabilityErrors));
  const { url, data, errors } = await cdp.send('Page.getAppManifest');
  assert.ok(url.endsWith('/manifest.webmanifest'), url);
  assert.deepEqual(errors, []);
  const manifest = JSON.parse(data);
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.lang, 'id');
  assert.ok(manifest.icons.some((icon) => icon.sizes === '512x512'), 'a 512 px icon');
  await context.close();
  rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
});
