// Story: a puskesmas officer drafts an innovation on a phone; the draft survives a reload.
// (Starting with the network off is a fault story: tests/faults/offline.test.mjs.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { startApp } from './support/harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const DESIGN = 'Layanan jemput bola pemeriksaan kesehatan ibu hamil di rumah warga, dengan jadwal kunjungan mingguan.';

test('a draft is saved while typing and survives reload', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Puskesmas Kanigaran', 'Kota Probolinggo');
  await ui.newInnovation();

  // Live validation from core while drafting: a field shows its finding once it was left.
  await ui.nameField().focus();
  await ui.stageField().focus();
  await page.locator('#name-issues').getByText('Nama Inovasi wajib diisi.').waitFor();
  await ui.nameField().fill('Si Kepho');
  await ui.stageField().selectOption({ label: 'Penerapan' });
  await ui.designField().fill(DESIGN);
  await page.getByText('14 / 300 kata').waitFor();
  await page.locator('#design-issues').getByText(/baru 14 kata; minimal 300 kata/).waitFor();
  // The checklist counts what still blocks submission and opens to list it.
  const checklist = page.getByText(/^\d+ hal lagi sebelum bisa diajukan$/);
  await checklist.click();
  await page.getByRole('button', { name: /Rancang Bangun .* baru 14 kata/ }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'design');
  await ui.waitSaved();
  const editorUrl = page.url();
  assert.match(editorUrl, /\/inovasi\/[0-9a-f-]{36}$/);

  // Reload: everything typed is still there.
  await page.reload();
  await ui.nameField().waitFor();
  assert.equal(await ui.nameField().inputValue(), 'Si Kepho');
  assert.equal(await ui.designField().inputValue(), DESIGN);
  assert.equal(await ui.stageField().inputValue(), 'penerapan');

  // The list shows name, stage and an Indonesian timestamp.
  await ui.backToList();
  const row = page.getByRole('link', { name: /Si Kepho/ });
  await row.waitFor();
  const rowText = await row.textContent();
  assert.match(rowText, /Penerapan/);
  assert.match(rowText, /Disimpan \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4} \d{2}\.\d{2}/);

  await context.close();
});

test('the start screen names what is missing and saves nothing until it is complete', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await page.getByLabel('Nama Instansi').fill('Dinas Pendidikan');
  await page.getByRole('button', { name: 'Mulai' }).click();
  await page.getByText('Nama Pemda wajib diisi.').waitFor();
  await page.reload();
  // Nothing was stored: the start screen comes back.
  await page.getByRole('button', { name: 'Mulai' }).waitFor();
  await context.close();
});
