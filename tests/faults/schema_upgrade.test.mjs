// Story: an officer updates the app on a device whose database an earlier release wrote. For every
// released IndexedDB layout (tests/faults/fixtures/layout-N.json, see README.md there) the database
// is built exactly as that release left it; the app then opens it, upgrades it in place, lists
// every innovation, opens each, and saves an edit. Nothing is lost.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { AppPage } from '../e2e/support/app_page.mjs';
import { startApp } from '../e2e/support/harness.mjs';
import { reportLost, snapshot } from './support/records.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const FIXTURES = new URL('./fixtures/', import.meta.url);
const CURRENT_STORES = ['blobs', 'handover', 'imports', 'inbox', 'innovations', 'meta', 'outbox', 'revisions', 'signers', 'stamps', 'trash', 'verdicts'];
const layouts = readdirSync(FIXTURES).filter((name) => /^layout-\d+\.json$/.test(name)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

/** A stored value as the record it holds: layout 5 on stores JSON text (a string, or `{id|kind, json}`). */
const plain = (value) => (typeof value === 'string' ? JSON.parse(value) : value && typeof value.json === 'string' ? JSON.parse(value.json) : value);

/** Changes the record a fixture entry holds, keeping the entry's stored form. */
function editRecord(entry, change) {
  if (typeof entry.value === 'string') {
    const record = JSON.parse(entry.value);
    change(record);
    entry.value = JSON.stringify(record);
  } else if (entry.value && typeof entry.value.json === 'string') {
    const record = JSON.parse(entry.value.json);
    change(record);
    entry.value.json = JSON.stringify(record);
  } else {
    change(entry.value);
  }
}

test('a fixture exists for every released layout up to the current one', () => {
  const source = readFileSync(new URL('../../web/src/storage/mod.rs', import.meta.url), 'utf8');
  const current = Number(/pub const DB_VERSION: u32 = (\d+);/.exec(source)?.[1]);
  assert.ok(current >= 1, 'DB_VERSION found in web/src/storage/mod.rs');
  assert.deepEqual(layouts, Array.from({ length: current }, (_, i) => `layout-${i + 1}.json`));
});

/** Builds the database `inovda` exactly as `fixture` describes, from a page of the app's origin. */
async function writeOldDatabase(page, fixture) {
  await page.evaluate(async (fixture) => {
    const revive = (value) => {
      if (value && value.$blob) return new Blob([value.$blob.text], { type: value.$blob.type });
      if (value && value.$bytes) return new TextEncoder().encode(value.$bytes.text).buffer;
      return value;
    };
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('inovda', fixture.layout);
      request.onupgradeneeded = () => {
        for (const store of fixture.stores) {
          const created = request.result.createObjectStore(store.name, store.keyPath ? { keyPath: store.keyPath } : undefined);
          for (const index of store.indexes) created.createIndex(index.name, index.keyPath);
        }
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = Object.keys(fixture.entries);
    await new Promise((resolve, reject) => {
      const tx = db.transaction(names, 'readwrite');
      for (const name of names) {
        for (const entry of fixture.entries[name]) {
          const store = tx.objectStore(name);
          if (store.keyPath) store.put(revive(entry.value));
          else store.put(revive(entry.value), entry.key);
        }
      }
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, fixture);
}

/** What the old release had saved, in the shape of `snapshot`. */
function savedIn(fixture) {
  const innovations = {};
  for (const value of fixture.entries.innovations.map(({ value }) => plain(value))) {
    innovations[value.id] = { revision: value.revision, edit_count: value.edit_count, name: value.name };
  }
  return {
    innovations,
    trash: (fixture.entries.trash ?? []).map(({ value }) => plain(value).record.id),
    blobs: (fixture.entries.blobs ?? []).map(({ key }) => key),
  };
}

for (const file of layouts) {
  test(`a database written with ${file.replace('.json', '')} is upgraded, listed, opened and edited without loss`, async (t) => {
    const fixture = JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8'));
    t.diagnostic(`${file}: ${fixture.note}`);
    // Innovations of a past assessment year are read-only: keep the fixture's records in this year.
    const year = new Date().getFullYear();
    for (const entry of fixture.entries.innovations) editRecord(entry, (record) => { record.year = year; });
    for (const entry of fixture.entries.trash ?? []) editRecord(entry, (entry) => { entry.record.year = year; });

    const context = await app.newContext();
    // A blank page of the app's origin, where the old release's database is written before the app runs.
    await context.route(`${app.url}lama`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>rilis lama</title>' }));
    const page = await context.newPage();
    const ui = new AppPage(page);
    await page.goto(`${app.url}lama`);
    await writeOldDatabase(page, fixture);

    // The new release opens it.
    await ui.open(app.url);
    await page.getByRole('heading', { name: 'Daftar Inovasi' }).waitFor();
    const layout = await page.evaluate(async () => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('inovda');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const result = { version: db.version, stores: [...db.objectStoreNames].sort() };
      db.close();
      return result;
    });
    assert.deepEqual(layout.stores, CURRENT_STORES);
    assert.ok(layout.version > fixture.layout || fixture.layout === layouts.length, `upgraded from ${fixture.layout} to ${layout.version}`);

    // Every value is rewritten as JSON text (layout 5), in one transaction at the first start.
    await page.waitForFunction(async () => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('inovda');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const read = (store) => new Promise((resolve) => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => resolve(r.result); });
      const values = [...await read('innovations'), ...await read('meta'), ...await read('trash'), ...await read('revisions')];
      db.close();
      return values.every((value) => typeof value === 'string' || typeof value?.json === 'string');
    }, null, { polling: 200, timeout: 10_000 });

    // Every innovation is listed, opens, takes an edit and keeps it.
    const records = fixture.entries.innovations.map(({ value }) => plain(value));
    for (const record of records) {
      await page.getByRole('link', { name: new RegExp(record.name.replace(/[()]/g, '\\$&')) }).waitFor();
    }
    for (const record of records) {
      await page.goto(`${app.url}inovasi/${record.id}`);
      await ui.nameField().waitFor();
      assert.equal(await ui.nameField().inputValue(), record.name);
      assert.equal(await ui.designField().inputValue(), record.design);
      for (const indicator of record.indicators ?? []) {
        for (const evidence of indicator.evidence) {
          await page.locator(`#indicator-${indicator.number}`).getByText(evidence.file_name).waitFor();
        }
      }
      await page.getByLabel('Tujuan Inovasi').fill(`${record.goal ?? ''} Diperbarui setelah pembaruan aplikasi.`.trim());
      await ui.waitSaved();
      await page.reload();
      await ui.nameField().waitFor();
      assert.equal(await page.getByLabel('Tujuan Inovasi').inputValue(), `${record.goal ?? ''} Diperbarui setelah pembaruan aplikasi.`.trim());
    }

    // Evidence files still open byte for byte (the relay's transport copies are checked below).
    const evidenceBlobs = (fixture.entries.blobs ?? []).filter(({ key }) => !/^(outbox|inbox):/.test(key));
    for (const { key, value } of evidenceBlobs) {
      const owner = records.find((record) => (record.indicators ?? []).some((i) => i.evidence.some((e) => e.sha256 === key)));
      const indicator = owner.indicators.find((i) => i.evidence.some((e) => e.sha256 === key));
      await page.goto(`${app.url}inovasi/${owner.id}`);
      const section = page.locator(`#indicator-${indicator.number}`);
      await section.getByRole('button', { name: 'Unduh' }).first().waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Unduh' }).first().click()]);
      assert.equal(readFileSync(await download.path()).toString('utf8'), (value.$blob ?? value.$bytes).text);
    }

    // A bundle waiting in the relay's outbox is still waiting (layout 4 on).
    const waiting = (fixture.entries.outbox ?? []).filter(({ value }) => plain(value).delivery.state === 'waiting').length;
    if (waiting > 0) {
      await page.goto(`${app.url}pengaturan`);
      await page.getByTestId('relay-outbox').getByText(new RegExp(`^Kiriman: ${waiting} menunggu`)).waitFor();
    }

    // The trash still holds what was deleted, and it can be restored.
    for (const value of (fixture.entries.trash ?? []).map(({ value }) => plain(value))) {
      await page.goto(`${app.url}sampah`);
      const row = page.locator('li', { hasText: value.record.name });
      await row.getByRole('button', { name: 'Pulihkan' }).click();
      // The restore is stored before the row leaves Sampah; only then is it safe to navigate.
      await row.waitFor({ state: 'detached' });
      await page.goto(app.url);
      await page.getByRole('link', { name: new RegExp(value.record.name) }).waitFor();
    }

    reportLost(t, savedIn(fixture), await snapshot(page), file);
    await context.close();
  });
}
