// Story: agencies send bundles by WhatsApp; the secretariat imports them on its own laptop,
// sees what each file would change before anything is saved, and is never fooled by a
// damaged, altered or re-signed file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { pdfBuffer } from './support/fixtures.mjs';
import { startApp } from './support/harness.mjs';
import { storeCounts } from './support/seed.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const REGION = 'Kota Probolinggo';

/** An agency on its own phone: writes one innovation with an SK as evidence and exports it. */
async function agencyExports(context, innovation) {
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Dinas Kesehatan', REGION);
  await ui.newInnovation();
  await ui.nameField().fill(innovation);
  const sk = pdfBuffer(`SK Walikota ${innovation}`);
  await page.locator('#ind-16-file').setInputFiles({ name: 'SK Walikota.pdf', mimeType: 'application/pdf', buffer: sk });
  await page.locator('#indicator-16').getByText(/SK Walikota\.pdf/).waitFor();
  await ui.waitSaved();
  const editorUrl = page.url();
  await ui.backToList();
  const download = await ui.exportBundle({ tick: [innovation] });
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  const fingerprint = await page.getByTestId('fingerprint').textContent();
  return { page, ui, editorUrl, sk, fingerprint, file: await download.path(), name: download.suggestedFilename() };
}

function bundleFile(path, name) {
  return { name, mimeType: 'application/zip', buffer: readFileSync(path) };
}

test('the secretariat previews, imports once, refuses damaged and altered files, and confirms a changed key', async () => {
  const agencyContext = await app.newContext();
  const agency = await agencyExports(agencyContext, 'Si Ijol');

  const office = await app.newContext();
  const page = await office.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Bappeda Litbang', REGION);

  // One good file, an altered copy (one byte of the SK changed) and a truncated copy, at once.
  const good = readFileSync(agency.file);
  const altered = Buffer.from(good);
  const at = altered.indexOf(Buffer.from('SK Walikota Si Ijol'));
  assert.ok(at > 0, 'the SK is stored uncompressed in the bundle');
  altered[at] ^= 0x20;
  const truncated = good.subarray(0, Math.floor(good.length / 2));
  await ui.chooseBundles([
    { name: agency.name, mimeType: 'application/zip', buffer: good },
    { name: 'diubah.zip', mimeType: 'application/zip', buffer: altered },
    { name: 'terpotong.zip', mimeType: 'application/zip', buffer: truncated },
  ]);
  const goodFile = page.locator('section.bundle-file', { has: page.getByRole('heading', { name: agency.name }) });
  await goodFile.getByText('Pengajuan inovasi').waitFor();
  await goodFile.getByText(`Pengirim baru. Kunci ${agency.fingerprint} akan diingat`, { exact: false }).waitFor();
  await goodFile.getByText('Ringkasan: 1 baru').waitFor();
  await goodFile.locator('li', { hasText: 'Si Ijol' }).getByText('Baru').waitFor();
  const alteredFile = page.locator('section.bundle-file', { has: page.getByRole('heading', { name: 'diubah.zip' }) });
  await alteredFile.getByText(/^Ditolak: .*(diubah|tidak cocok)/).waitFor();
  const truncatedFile = page.locator('section.bundle-file', { has: page.getByRole('heading', { name: 'terpotong.zip' }) });
  await truncatedFile.getByText('Ditolak: Berkas rusak atau terpotong', { exact: false }).waitFor();
  // Nothing is written before "Impor".
  assert.deepEqual(await storeCounts(page), { innovations: 0, blobs: 0, revisions: 0, signers: 0, imports: 0 });
  await ui.assertNoHorizontalScroll('import preview');
  await assertNoSeriousA11yViolations(page, 'import preview');

  await page.getByRole('button', { name: 'Impor', exact: true }).click();
  await page.getByText('Impor selesai: 1 baru, 0 diperbarui, 0 konflik.').waitFor();
  assert.deepEqual(await storeCounts(page), { innovations: 1, blobs: 1, revisions: 0, signers: 1, imports: 1 });
  await page.locator('.import-log').getByText(agency.name).waitFor();

  // The innovation and its evidence are there, byte for byte.
  await page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await page.getByRole('link', { name: /Si Ijol/ }).click();
  const sk = page.locator('#indicator-16');
  await sk.getByText(/SK Walikota\.pdf/).waitFor();
  const [evidence] = await Promise.all([page.waitForEvent('download'), sk.getByRole('button', { name: 'Unduh' }).first().click()]);
  assert.deepEqual(readFileSync(await evidence.path()), agency.sk);

  // The same file again changes nothing.
  await page.goto(`${app.url}impor`);
  await ui.chooseBundles([bundleFile(agency.file, agency.name)]);
  await page.getByText('Sudah pernah diimpor: tidak ada yang berubah.').waitFor();
  await page.getByText(`Tanda tangan pengirim dikenal (${agency.fingerprint}).`).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Impor', exact: true }).isDisabled(), true);
  await page.getByText('Tidak ada yang perlu disimpan.').waitFor();

  // A new phone of the same agency signs with another key: shown, and nothing saved until confirmed.
  const newPhone = await app.newContext();
  const replaced = await agencyExports(newPhone, 'Posyandu Keliling');
  assert.notEqual(replaced.fingerprint, agency.fingerprint);
  await ui.chooseBundles([bundleFile(replaced.file, replaced.name)]);
  const changed = page.getByRole('alert').filter({ hasText: 'Kunci pengirim berubah' });
  await changed.getByText(`dulu ${agency.fingerprint}, sekarang ${replaced.fingerprint}`, { exact: false }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Impor', exact: true }).isDisabled(), true);
  await page.getByRole('button', { name: 'Sidik kunci baru sudah saya cocokkan dengan pengirim' }).click();
  await page.getByText('Kunci baru dipercaya untuk impor ini.').waitFor();
  await page.getByRole('button', { name: 'Impor', exact: true }).click();
  await page.getByText('Impor selesai: 1 baru, 0 diperbarui, 0 konflik.').waitFor();
  assert.deepEqual(await storeCounts(page), { innovations: 2, blobs: 2, revisions: 0, signers: 1, imports: 2 });

  // The old key is no longer trusted for this agency.
  await ui.chooseBundles([bundleFile(agency.file, agency.name)]);
  await page.getByRole('alert').filter({ hasText: 'Kunci pengirim berubah' }).waitFor();

  // The agency edits the same innovation on its old phone and sends it again: a conflict, both kept.
  await agency.page.goto(agency.editorUrl);
  await agency.ui.nameField().fill('Si Ijol Plus');
  await agency.ui.waitSaved();
  await agency.ui.backToList();
  const edited = await agency.ui.exportBundle({ tick: ['Si Ijol Plus'] });
  await page.goto(`${app.url}impor`);
  await ui.chooseBundles([bundleFile(await edited.path(), edited.suggestedFilename())]);
  await page.getByRole('button', { name: 'Sidik kunci baru sudah saya cocokkan dengan pengirim' }).click();
  await page.locator('li', { hasText: 'Si Ijol Plus' }).getByText('Konflik (kedua versi disimpan)').waitFor();
  await page.getByRole('button', { name: 'Impor', exact: true }).click();
  await page.getByText('Impor selesai: 0 baru, 0 diperbarui, 1 konflik.').waitFor();
  await page.getByTestId('conflict-banner').getByText('1 konflik impor perlu diputuskan', { exact: false }).waitFor();
  const conflicts = page.locator('section.conflicts');
  await conflicts.getByRole('heading', { name: 'Konflik yang perlu diputuskan (1)' }).waitFor();
  await conflicts.locator('.stored-version').getByText('«Si Ijol»', { exact: false }).waitFor();
  await conflicts.locator('.incoming-version').getByText('«Si Ijol Plus»', { exact: false }).waitFor();
  await assertNoSeriousA11yViolations(page, 'import page with a conflict');
  await conflicts.getByRole('button', { name: 'Pakai versi masuk' }).click();
  await page.getByText('Konflik diputuskan.').waitFor();
  await conflicts.getByRole('heading', { name: 'Konflik yang perlu diputuskan (0)' }).waitFor();
  await page.getByTestId('conflict-banner').waitFor({ state: 'detached' });
  await page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await page.getByRole('link', { name: /Si Ijol Plus/ }).waitFor();
  // The replaced version is kept as history; importing the conflict file again changes nothing.
  assert.equal((await storeCounts(page)).revisions, 1);
  await ui.chooseBundles([bundleFile(await edited.path(), edited.suggestedFilename())]);
  await page.getByText('Sudah pernah diimpor: tidak ada yang berubah.').waitFor();

  await agencyContext.close();
  await newPhone.close();
  await office.close();
});

test('the import page speaks English and refuses a file that is not a bundle', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Bappeda Litbang', REGION);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await page.getByRole('heading', { name: 'Import bundles' }).waitFor();
  await page.getByLabel('Bundle files (.zip)').setInputFiles({ name: 'bukan-zip.zip', mimeType: 'application/zip', buffer: Buffer.from('hello, not a zip') });
  const refused = page.locator('section.bundle-file', { has: page.getByRole('heading', { name: 'bukan-zip.zip' }) });
  await refused.getByText('Rejected: The file is damaged or truncated', { exact: false }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled(), true);
  await context.close();
});
