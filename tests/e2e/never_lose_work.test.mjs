// Stories of things going wrong: the browser is killed, storage fills up, two tabs edit the
// same innovation. In every case nothing already saved is lost or overwritten.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';

import { AppPage } from './support/app_page.mjs';
import { pdfBuffer } from './support/fixtures.mjs';
import { startApp } from './support/harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

function freePort() {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Starts Debian's Chromium on a persistent profile, as a user's browser, and connects to it. */
async function launchOnProfile(profileDir) {
  const port = await freePort();
  const child = spawn(process.env.CHROMIUM_PATH || '/usr/bin/chromium', [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
    `--remote-debugging-port=${port}`, `--user-data-dir=${profileDir}`, 'about:blank',
  ], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      return { child, browser };
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error('Chromium did not start');
}

test('killing the browser right after an autosave loses nothing', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'inovda-profile-'));
  try {
    let { child, browser } = await launchOnProfile(profile);
    let page = await browser.contexts()[0].newPage();
    let ui = new AppPage(page);
    await ui.open(app.url);
    await ui.startAs('Puskesmas Ketapang', 'Kota Probolinggo');
    await ui.newInnovation();
    await ui.nameField().fill('Handal PIRT UMKM');
    await page.getByLabel('Tujuan Inovasi').fill('Pendampingan izin PIRT bagi UMKM pangan rumahan.');
    await ui.waitSaved();
    const url = page.url();

    child.kill('SIGKILL'); // No unload, no pagehide: the process is simply gone.
    await new Promise((done) => child.once('exit', done));
    await browser.close().catch(() => {});

    ({ child, browser } = await launchOnProfile(profile));
    page = await browser.contexts()[0].newPage();
    ui = new AppPage(page);
    await page.goto(url);
    await ui.nameField().waitFor();
    assert.equal(await ui.nameField().inputValue(), 'Handal PIRT UMKM');
    assert.equal(await page.getByLabel('Tujuan Inovasi').inputValue(), 'Pendampingan izin PIRT bagi UMKM pangan rumahan.');
    await browser.close().catch(() => {});
    child.kill('SIGKILL');
    await new Promise((done) => child.once('exit', done));
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});

test('a full device refuses a new file with the sizes, and a failed save keeps what was saved', async () => {
  const context = await app.newContext();
  // Simulated device: the browser reports almost no free space, and can be told to refuse writes.
  await context.addInitScript(() => {
    window.__tightQuota = false;
    window.__refuseWrites = false;
    const estimate = navigator.storage.estimate.bind(navigator.storage);
    navigator.storage.estimate = async () => (window.__tightQuota ? { usage: 99 * 1024 * 1024, quota: 100 * 1024 * 1024 } : estimate());
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.__refuseWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Dinas Lingkungan Hidup', 'Kota Probolinggo');
  await ui.newInnovation();
  await ui.nameField().fill('Pelita Si Abah');
  await page.locator('#ind-16-file').setInputFiles({ name: 'Perwali.pdf', mimeType: 'application/pdf', buffer: pdfBuffer('Perwali') });
  await page.locator('#indicator-16').getByText(/Perwali\.pdf/).waitFor();
  await ui.waitSaved();

  await page.evaluate(() => { window.__tightQuota = true; });
  await page.locator('#ind-17-file').setInputFiles({ name: 'SK besar.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([pdfBuffer('SK'), Buffer.alloc(3 * 1024 * 1024, 32)]) });
  await page.getByText(/SK besar\.pdf ruang penyimpanan tidak cukup: perlu 3,0 MB, tersedia/).waitFor();
  await page.getByText(/data yang sudah tersimpan tetap aman/).waitFor();
  assert.equal(await page.locator('#indicator-17 .file').count(), 0);

  await page.evaluate(() => { window.__refuseWrites = true; });
  await ui.nameField().fill('Pelita Si Abah (tidak tersimpan)');
  await page.getByText('Gagal menyimpan: ruang penyimpanan penuh. Data sebelumnya tetap aman.').waitFor();
  await page.evaluate(() => { window.__refuseWrites = false; window.__tightQuota = false; });
  const second = await context.newPage();
  await second.goto(page.url());
  const secondUi = new AppPage(second);
  await secondUi.nameField().waitFor();
  assert.equal(await secondUi.nameField().inputValue(), 'Pelita Si Abah');
  await second.locator('#indicator-16').getByText(/Perwali\.pdf/).waitFor();
  await second.close();

  // Once space is back, the next change saves everything, the pending edit included.
  await page.getByLabel('Nama Inisiator').fill('Dinas Lingkungan Hidup');
  await ui.waitSaved();
  await page.reload();
  await ui.nameField().waitFor();
  assert.equal(await ui.nameField().inputValue(), 'Pelita Si Abah (tidak tersimpan)');
  await context.close();
});

test('two tabs on one innovation: the older tab is told and cannot overwrite the newer save', async () => {
  const context = await app.newContext();
  const first = await context.newPage();
  const ui = new AppPage(first);
  await ui.open(app.url);
  await ui.startAs('Kecamatan Samboja', 'Kabupaten Kutai Kartanegara');
  await ui.newInnovation();
  await ui.nameField().fill('Kampung Raja Mapan');
  await ui.waitSaved();

  const second = await context.newPage();
  await second.goto(first.url());
  const other = new AppPage(second);
  await other.nameField().waitFor();
  await other.nameField().fill('Kampung Raja Mapan Joglo Tani');
  await other.waitSaved();

  await ui.nameField().fill('Kampung Raja Mapan (tab lama)');
  await first.getByText(/baru saja disimpan dari tab atau jendela lain/).waitFor();
  assert.equal(await first.getByTestId('save-status').textContent(), 'Tidak tersimpan');
  await first.getByRole('button', { name: 'Muat versi terbaru' }).click();
  await ui.nameField().waitFor();
  await first.waitForFunction(() => document.getElementById('name')?.value === 'Kampung Raja Mapan Joglo Tani');
  await context.close();
});
