// Stories of long writes cut short: the secretariat's browser is killed while a large import is
// being stored, and while the first start of this release rewrites an older database. Each is one
// transaction: afterwards the store holds everything or exactly what it held before, never a part,
// and what was saved before is still there.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

import { AppPage } from '../e2e/support/app_page.mjs';
import { startApp } from '../e2e/support/harness.mjs';
import { BINARY } from '../e2e/support/relay.mjs';
import { innovationRecord, seed } from '../e2e/support/seed.mjs';
import { killBrowser, launchOnProfile } from './support/browser.mjs';
import { reportLost, snapshot } from './support/records.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const ROOT = new URL('../../', import.meta.url).pathname;

/** The `inovda` command line, built if a previous step has not built it yet. */
function inovda(...args) {
  try { readFileSync(BINARY); } catch { execFileSync('cargo', ['build', '-q', '-p', 'inovda-cli'], { cwd: ROOT, stdio: 'inherit' }); }
  return execFileSync(BINARY, args, { encoding: 'utf8' });
}

/** Every stored value of `store` as the record it holds (JSON text or an older layout's object). */
async function stored(page, store) {
  return page.evaluate(async (store) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('inovda');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const values = await new Promise((resolve) => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => resolve(r.result); });
    db.close();
    return values;
  }, store);
}

/**
 * Makes `page` say "inovda:midway" on its console once `count` writes have been sent to
 * IndexedDB, and resolves when it does: the moment to kill the browser with a long write under way.
 */
function midway(page, count) {
  return page.addInitScript((count) => {
    const put = IDBObjectStore.prototype.put;
    let sent = 0;
    IDBObjectStore.prototype.put = function (...args) {
      sent += 1;
      if (sent === count) console.log('inovda:midway');
      return put.apply(this, args);
    };
  }, count);
}

function saidMidway(page) {
  return new Promise((resolve) => page.on('console', (message) => { if (message.text() === 'inovda:midway') resolve(); }));
}

async function removeProfile(profile) {
  // Chromium's helper processes may still write for a moment after the kill.
  try { rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 }); } catch { /* left in tmp */ }
}

test('the browser is killed while an import of 40 bundles is stored: all of it or none of it', async (t) => {
  const bundles = mkdtempSync(join(tmpdir(), 'inovda-bundles-'));
  const profile = mkdtempSync(join(tmpdir(), 'inovda-profile-'));
  try {
    inovda('bundle', 'generate', '--seed', '5', '--bundles', '40', '--innovations', '800', '-o', bundles);
    const files = readdirSync(bundles).filter((name) => name.endsWith('.zip')).map((name) => join(bundles, name));
    let { child, browser } = await launchOnProfile(profile);
    let page = await browser.contexts()[0].newPage();
    let ui = new AppPage(page);
    await ui.open(app.url);
    await ui.startAsSecretariat('Bappeda Litbang', 'Kabupaten Contoh (DATA CONTOH)', '2026');
    // Something saved before the import, which must survive whatever happens to it.
    await seed(page, [innovationRecord({ name: 'Catatan sekretariat sebelum impor', agency: 'Bappeda Litbang', region: 'Kabupaten Contoh (DATA CONTOH)' })]);
    await page.reload();
    await page.getByRole('link', { name: /Catatan sekretariat sebelum impor/ }).waitFor();
    const saved = await snapshot(page);

    // The import page counts its writes: the browser is killed once 1,000 of them were sent.
    await midway(page, 1000);
    await page.goto(`${app.url}impor`);
    await page.getByLabel('Berkas bundel (.zip)').setInputFiles(files);
    await page.waitForFunction(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Impor');
      return button && !button.disabled;
    }, null, { timeout: 120_000 });
    const cut = saidMidway(page);
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    await cut;
    await killBrowser({ child, browser });

    ({ child, browser } = await launchOnProfile(profile));
    page = await browser.contexts()[0].newPage();
    ui = new AppPage(page);
    await page.goto(app.url);
    await page.getByRole('link', { name: /Catatan sekretariat sebelum impor/ }).waitFor();
    const records = await stored(page, 'innovations');
    const stamps = await stored(page, 'stamps');
    const imported = records.length - 1;
    t.diagnostic(`after the kill: ${imported} of the import's innovations stored`);
    assert.ok(imported === 0 || imported >= 800, `all of the import or none of it, not ${imported}`);
    // The record seeded around the app has no stamp; each imported one has its own.
    assert.equal(stamps.length, imported, 'every imported record has its stamp, and no more');
    const logs = await stored(page, 'imports');
    assert.equal(logs.length > 0, imported > 0, 'the import log is written with the records, or not at all');
    reportLost(t, saved, await snapshot(page));

    // Nothing is half-done: when the kill came first, the same files import cleanly now.
    if (imported === 0) {
      await page.getByRole('link', { name: 'Impor', exact: true }).click();
      await page.getByLabel('Berkas bundel (.zip)').setInputFiles(files);
      await page.waitForFunction(() => {
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Impor');
        return button && !button.disabled;
      }, null, { timeout: 120_000 });
      await page.getByRole('button', { name: 'Impor', exact: true }).click();
      await page.getByText(/^Impor selesai/).waitFor({ timeout: 120_000 });
      assert.equal((await stored(page, 'innovations')).length, 801, 'the import is complete after the retry');
    }
    await killBrowser({ child, browser });
  } finally {
    rmSync(bundles, { recursive: true, force: true });
    await removeProfile(profile);
  }
});

test('the browser is killed while the first start rewrites an older database: the old layout stays readable', async (t) => {
  const profile = mkdtempSync(join(tmpdir(), 'inovda-profile-'));
  try {
    let { child, browser } = await launchOnProfile(profile);
    const context = browser.contexts()[0];
    await context.route(`${app.url}lama`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>rilis lama</title>' }));
    let page = await context.newPage();
    await page.goto(`${app.url}lama`);
    // A database of layout 4 (the previous release) with 1,500 innovations stored as objects.
    const region = 'Kota Probolinggo';
    const records = Array.from({ length: 1500 }, (_, i) => innovationRecord({ name: `Inovasi lama ${i + 1}`, agency: 'Dinas Kesehatan', region, design: 'Rancang bangun. '.repeat(40) }));
    await page.evaluate(async ({ records, region }) => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('inovda', 4);
        request.onupgradeneeded = () => {
          const names = ['innovations', 'meta', 'blobs', 'trash', 'signers', 'verdicts', 'imports', 'handover', 'revisions', 'outbox', 'inbox'];
          for (const name of names) {
            const created = request.result.createObjectStore(name, name === 'innovations' ? { keyPath: 'id' } : undefined);
            if (name === 'revisions') created.createIndex('kind', 'kind');
          }
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise((resolve, reject) => {
        const tx = db.transaction(['innovations', 'meta'], 'readwrite');
        for (const record of records) tx.objectStore('innovations').put(record);
        tx.objectStore('meta').put({ schema_version: 2, agency: 'Dinas Kesehatan', region, role: 'agency', year: null }, 'profile');
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, { records, region });
    const saved = await snapshot(page);

    // The new release starts, and the browser dies while the rewrite is being sent.
    await midway(page, 700);
    const cut = saidMidway(page);
    await page.goto(app.url).catch(() => {});
    await cut;
    await killBrowser({ child, browser });

    // Looked at before the app runs again: the old objects, or the whole rewrite, nothing between.
    ({ child, browser } = await launchOnProfile(profile));
    await browser.contexts()[0].route(`${app.url}lama`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>rilis lama</title>' }));
    page = await browser.contexts()[0].newPage();
    // The service worker would answer with the app itself: bypassed for this look.
    const cdp = await browser.contexts()[0].newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setBypassServiceWorker', { bypass: true });
    await page.goto(`${app.url}lama`);
    assert.equal(await page.title(), 'rilis lama', 'the app is not running');
    const values = await stored(page, 'innovations');
    const text = values.filter((value) => typeof value?.json === 'string').length;
    const stamps = await page.evaluate(async () => {
      const db = await new Promise((resolve) => { const r = indexedDB.open('inovda'); r.onsuccess = () => resolve(r.result); });
      if (!db.objectStoreNames.contains('stamps')) { db.close(); return 0; }
      const count = await new Promise((resolve) => { const r = db.transaction('stamps').objectStore('stamps').count(); r.onsuccess = () => resolve(r.result); });
      db.close();
      return count;
    });
    t.diagnostic(`after the kill: ${text} of ${values.length} records stored as text, ${stamps} stamps`);
    assert.equal(values.length, 1500);
    assert.ok(text === 0 || text === 1500, `all rewritten or none, not ${text}`);
    assert.equal(stamps, text, 'the stamps are built with the rewrite');
    await cdp.send('Network.setBypassServiceWorker', { bypass: false });
    await page.goto(app.url);
    await page.getByRole('link', { name: /Inovasi lama/ }).first().waitFor({ timeout: 30_000 });
    // Once the app is running again, the rewrite completes: all text, each with its stamp.
    await page.waitForFunction(async () => {
      const db = await new Promise((resolve) => { const r = indexedDB.open('inovda'); r.onsuccess = () => resolve(r.result); });
      const all = await new Promise((resolve) => { const r = db.transaction('innovations').objectStore('innovations').getAll(); r.onsuccess = () => resolve(r.result); });
      const stamps = await new Promise((resolve) => { const r = db.transaction('stamps').objectStore('stamps').count(); r.onsuccess = () => resolve(r.result); });
      db.close();
      return all.every((value) => typeof value?.json === 'string') && stamps === all.length;
    }, null, { polling: 250, timeout: 30_000 });
    reportLost(t, saved, await snapshot(page));
    await killBrowser({ child, browser });
  } finally {
    await removeProfile(profile);
  }
});
