// Story: a puskesmas officer drafted an innovation at the office; at home the laptop starts the
// browser with no network at all (the server is gone, not just emulated offline). The app starts
// from the service worker's cache, opens the draft by its link, and keeps saving.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { startServer } from '../../tools/serve.mjs';
import { AppPage } from '../e2e/support/app_page.mjs';
import { waitForServiceWorker } from '../e2e/support/harness.mjs';
import { killBrowser, launchOnProfile } from './support/browser.mjs';
import { reportLost, snapshot } from './support/records.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const DESIGN = 'Layanan jemput bola pemeriksaan kesehatan ibu hamil di rumah warga, dengan jadwal kunjungan mingguan.';

test('a cold start with no network opens the list and a draft by its link, and editing still saves', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'inovda-offline-'));
  const profile = mkdtempSync(join(tmpdir(), 'inovda-profile-'));
  cpSync(DIST, root, { recursive: true });
  const server = await startServer({ dir: root, port: 0 });
  const url = `http://127.0.0.1:${server.address().port}/`;
  let browser;
  try {
    // At the office, online: the first visit installs the app; the draft is saved.
    browser = await launchOnProfile(profile);
    let page = await browser.browser.contexts()[0].newPage();
    let ui = new AppPage(page);
    await ui.open(url);
    await ui.startAs('Puskesmas Kanigaran', 'Kota Probolinggo');
    await ui.newInnovation();
    await ui.nameField().fill('Si Kepho');
    await ui.designField().fill(DESIGN);
    await ui.waitSaved();
    await waitForServiceWorker(page);
    const editorUrl = page.url();
    const saved = await snapshot(page);
    await killBrowser(browser);

    // At home: no server answers any more, and the browser starts cold.
    server.closeAllConnections?.();
    await new Promise((done) => server.close(done));
    browser = await launchOnProfile(profile);
    page = await browser.browser.contexts()[0].newPage();
    ui = new AppPage(page);
    await page.goto(url);
    await page.getByRole('link', { name: /Si Kepho/ }).waitFor();
    const cold = await browser.browser.contexts()[0].newPage();
    await cold.goto(editorUrl);
    const coldUi = new AppPage(cold);
    await coldUi.nameField().waitFor();
    assert.equal(await coldUi.nameField().inputValue(), 'Si Kepho');
    assert.equal(await coldUi.designField().inputValue(), DESIGN);

    // Editing offline still autosaves, and survives another reload.
    await coldUi.nameField().fill('Si Kepho (luring)');
    await coldUi.waitSaved();
    await cold.reload();
    await coldUi.nameField().waitFor();
    assert.equal(await coldUi.nameField().inputValue(), 'Si Kepho (luring)');
    reportLost(t, saved, await snapshot(cold));
  } finally {
    if (browser) await killBrowser(browser);
    server.closeAllConnections?.();
    await new Promise((done) => server.close(() => done()));
    // Chromium's helper processes may still write for a moment after the kill: a leftover
    // temporary folder is no failure of the story.
    try { rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }); } catch { /* left in tmp */ }
    rmSync(root, { recursive: true, force: true });
  }
});
