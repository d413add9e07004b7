// Story: a new version is deployed while an officer is typing; the app offers to reload
// instead of reloading under them, and the draft is intact afterwards.
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { startApp, waitForServiceWorker } from './support/harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('a new version is announced with a banner and applied only on request', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('PDAM Tirta', 'Kota Probolinggo');
  await ui.newInnovation();
  await ui.nameField().fill('Water Supply System');
  await ui.waitSaved();
  await waitForServiceWorker(page);
  await page.evaluate(() => { window.__sameDocument = true; });

  // Deploy: any change to the built files changes sw.js.
  appendFileSync(join(app.root, 'sw.js'), '\n// deployed again\n');
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());

  await page.getByText('Versi baru tersedia — muat ulang').waitFor({ timeout: 15000 });
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the page must not reload by itself');
  assert.equal(await ui.nameField().inputValue(), 'Water Supply System');

  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Muat ulang' }).click(),
  ]);
  await ui.nameField().waitFor();
  assert.equal(await page.evaluate(() => window.__sameDocument), undefined);
  assert.equal(await ui.nameField().inputValue(), 'Water Supply System');
  const waiting = await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).waiting);
  assert.equal(waiting, false);
  await context.close();
});
