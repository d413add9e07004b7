// Stories of things going wrong: the browser is killed (after an autosave, and in the middle
// of typing), storage fills up, two tabs edit the same innovation. In every case nothing already
// saved is lost or overwritten.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { AppPage } from '../e2e/support/app_page.mjs';
import { pdfBuffer } from '../e2e/support/fixtures.mjs';
import { startApp } from '../e2e/support/harness.mjs';
import { killBrowser, launchOnProfile } from './support/browser.mjs';
import { reportLost, snapshot } from './support/records.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('killing the browser right after an autosave loses nothing', async (t) => {
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
    const saved = await snapshot(page);

    await killBrowser({ child, browser }); // No unload, no pagehide: the process is simply gone.

    ({ child, browser } = await launchOnProfile(profile));
    page = await browser.contexts()[0].newPage();
    ui = new AppPage(page);
    await page.goto(url);
    await ui.nameField().waitFor();
    assert.equal(await ui.nameField().inputValue(), 'Handal PIRT UMKM');
    assert.equal(await page.getByLabel('Tujuan Inovasi').inputValue(), 'Pendampingan izin PIRT bagi UMKM pangan rumahan.');
    reportLost(t, saved, await snapshot(page));
    await killBrowser({ child, browser });
  } finally {
    // Chromium's helper processes may still write for a moment after the kill: a leftover
    // temporary folder is no failure of the story.
    try { rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }); } catch { /* left in tmp */ }
  }
});

test('killing the browser in the middle of typing keeps a typed prefix, at least what was confirmed saved', async (t) => {
  const profile = mkdtempSync(join(tmpdir(), 'inovda-profile-'));
  const text = 'Gerakan Bersama Masyarakat Peduli Stunting melalui Posyandu Keluarga di setiap kelurahan Kota Probolinggo';
  let browser;
  try {
    browser = await launchOnProfile(profile);
    let page = await browser.browser.contexts()[0].newPage();
    let ui = new AppPage(page);
    await ui.open(app.url);
    await ui.startAs('Puskesmas Wonoasih', 'Kota Probolinggo');
    await ui.newInnovation();
    await ui.nameField().fill('G');
    await ui.waitSaved();
    const url = page.url();
    // Remember every value the save status confirmed ("Tersimpan" only shows with nothing queued).
    await page.evaluate(() => {
      window.__confirmed = [];
      const status = document.querySelector('[data-testid=save-status]');
      new MutationObserver(() => {
        if (status.textContent === 'Tersimpan') window.__confirmed.push(document.getElementById('name').value);
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });

    // The officer keeps typing, key by key, pausing now and then (long enough for an autosave);
    // the browser dies in the middle of a burst of keys, with saves still coming.
    const words = text.slice(1).split(/(?<= )/);
    const typing = (async () => {
      for (const [index, word] of words.entries()) {
        await ui.nameField().pressSequentially(word, { delay: 40 });
        if (index % 2 === 1) await new Promise((done) => setTimeout(done, 450));
      }
      return 'finished';
    })().catch(() => 'killed');
    let confirmed = 'G';
    let saved = null;
    let state = '';
    for (let poll = 0; poll < 400; poll += 1) {
      await new Promise((done) => setTimeout(done, 15));
      ({ confirmed, state } = await page.evaluate(() => ({
        confirmed: window.__confirmed.at(-1) ?? 'G',
        state: document.querySelector('[data-testid=save-status]').textContent,
      })));
      if (confirmed.length >= 30 && state !== 'Tersimpan') {
        saved = await snapshot(page);
        break;
      }
    }
    assert.ok(saved, 'the autosave confirmed some of the typing while it went on');
    const typed = await ui.nameField().inputValue();
    await killBrowser(browser);
    assert.equal(await typing, 'killed', 'the browser died while the officer was still typing');
    t.diagnostic(`killed while "${state}": ${typed.length} characters typed, ${confirmed.length} confirmed saved`);

    browser = await launchOnProfile(profile);
    page = await browser.browser.contexts()[0].newPage();
    ui = new AppPage(page);
    await page.goto(url);
    await ui.nameField().waitFor();
    const restored = await ui.nameField().inputValue();
    assert.ok(text.startsWith(restored), `the field holds a prefix of what was typed: "${restored}"`);
    assert.ok(restored.startsWith(confirmed), `at least the confirmed "${confirmed}" is there: "${restored}"`);
    t.diagnostic(`restored ${restored.length} characters`);
    reportLost(t, saved, await snapshot(page));

    // The officer goes on typing where the restored text ends, and it saves.
    await ui.nameField().fill(text);
    await ui.waitSaved();
  } finally {
    if (browser) await killBrowser(browser);
    // Chromium's helper processes may still write for a moment after the kill: a leftover
    // temporary folder is no failure of the story.
    try { rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }); } catch { /* left in tmp */ }
  }
});

test('a full device refuses a new file with the sizes, and a failed save keeps what was saved', async (t) => {
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
  const saved = await snapshot(page);

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
  reportLost(t, saved, await snapshot(second));
  await second.close();

  // Once space is back, the next change saves everything, the pending edit included.
  await page.getByLabel('Nama Inisiator').fill('Dinas Lingkungan Hidup');
  await ui.waitSaved();
  await page.reload();
  await ui.nameField().waitFor();
  assert.equal(await ui.nameField().inputValue(), 'Pelita Si Abah (tidak tersimpan)');
  await context.close();
});

test('two tabs on one innovation: the older tab is told and cannot overwrite the newer save', async (t) => {
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
  const saved = await snapshot(second);

  await ui.nameField().fill('Kampung Raja Mapan (tab lama)');
  await first.getByText(/baru saja disimpan dari tab atau jendela lain/).waitFor();
  assert.equal(await first.getByTestId('save-status').textContent(), 'Tidak tersimpan');
  await first.getByRole('button', { name: 'Muat versi terbaru' }).click();
  await ui.nameField().waitFor();
  await first.waitForFunction(() => document.getElementById('name')?.value === 'Kampung Raja Mapan Joglo Tani');
  reportLost(t, saved, await snapshot(first));
  await context.close();
});
