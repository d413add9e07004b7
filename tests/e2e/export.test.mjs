// Story: the officer exports the agency's innovations as a file to send by WhatsApp or USB.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { startApp } from './support/harness.mjs';
import { pdfBuffer } from './support/fixtures.mjs';
import { BINARY } from './support/relay.mjs';
import { readZip } from './support/zip.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { innovationRecord, seed } from './support/seed.mjs';

/** The app's Indonesian size format ("1,5 KB", tenths rounded down), under a megabyte. */
function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  const tenths = Math.floor((bytes * 10) / 1024);
  return `${Math.floor(tenths / 10)},${tenths % 10} KB`;
}

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = BINARY;

/** The `inovda` command line, built if a previous step has not built it yet. */
function inovda(...args) {
  if (!existsSync(CLI)) execFileSync('cargo', ['build', '-q', '-p', 'inovda-cli'], { cwd: ROOT, stdio: 'inherit' });
  return execFileSync(CLI, args, { encoding: 'utf8' });
}

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('Ekspor downloads a signed ZIP with every innovation and its evidence, which the CLI verifies', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Dinas Pendidikan dan Kebudayaan', 'Kota Probolinggo');

  // Exporting nothing says so instead of producing an empty file.
  await ui.openExport();
  await page.getByText('Belum ada inovasi untuk diekspor.').waitFor();
  await page.getByRole('link', { name: '← Daftar inovasi' }).click();

  await ui.newInnovation();
  await ui.nameField().fill('Si Ijol');
  await ui.stageField().selectOption({ label: 'Penerapan' });
  const sk = pdfBuffer('SK Walikota Si Ijol');
  await page.locator('#ind-16-file').setInputFiles({ name: 'SK Walikota.pdf', mimeType: 'application/pdf', buffer: sk });
  await page.locator('#indicator-16').getByText(/SK Walikota\.pdf/).waitFor();
  await ui.waitSaved();
  const id = page.url().split('/').pop();
  await ui.backToList();

  // A draft is not chosen by default: the button waits for a choice.
  await ui.openExport();
  const build = page.getByRole('button', { name: 'Buat berkas ekspor' });
  await page.getByText('Dipilih: 0 inovasi').waitFor();
  await page.getByText('Pilih minimal satu inovasi untuk diekspor.').waitFor();
  assert.equal(await build.isDisabled(), true);
  await page.getByRole('checkbox', { name: /Si Ijol/ }).check();
  await page.getByText('Dipilih: 1 inovasi').waitFor();
  const sizeText = await page.locator('.bundle-size').textContent();
  assert.match(sizeText, /^\d+(,\d+)? (B|KB)$/, `size shown before building: ${sizeText}`);
  await ui.assertNoHorizontalScroll('export page');
  await assertNoSeriousA11yViolations(page, 'export page');

  // The progress bar shows while the file is built (recorded by an observer, as it is brief).
  await page.evaluate(() => {
    window.__progressSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('progress#export-progress')) window.__progressSeen = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  const [download] = await Promise.all([page.waitForEvent('download'), build.click()]);
  assert.equal(await page.evaluate(() => window.__progressSeen), true, 'a progress bar was shown');
  assert.match(download.suggestedFilename(), /^inovda-dinas-pendidikan-dan-kebudayaan-\d{8}-\d{4}-(WIB|WITA|WIT)\.zip$/);
  const bytes = readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 2).toString(), 'PK');

  await page.getByText(`Berkas diunduh: ${download.suggestedFilename()}`).waitFor();
  const entries = readZip(bytes);
  const manifestBytes = entries.get('manifest.json');
  const manifest = JSON.parse(manifestBytes.toString('utf8'));
  assert.equal(manifest.format, 'inovda-bundle');
  assert.equal(manifest.format_version, 2);
  assert.equal(manifest.kind, 'submission');
  assert.equal(manifest.agency, 'Dinas Pendidikan dan Kebudayaan');
  assert.equal(manifest.region, 'Kota Probolinggo');
  assert.match(manifest.signer_public_key, /^[0-9a-f]{64}$/);
  assert.match(entries.get('manifest.sig').toString('utf8'), /^[0-9a-f]{128}$/, 'hex Ed25519 signature');
  const skHash = createHash('sha256').update(sk).digest('hex');
  const paths = manifest.entries.map((e) => e.path).sort();
  assert.deepEqual(paths, [`files/${skHash}`, `records/${id}.json`]);
  for (const entry of manifest.entries) {
    const body = entries.get(entry.path);
    assert.equal(createHash('sha256').update(body).digest('hex'), entry.sha256, entry.path);
    assert.equal(body.length, entry.size, entry.path);
  }
  assert.deepEqual(entries.get(`files/${skHash}`), sk);
  const innovation = JSON.parse(entries.get(`records/${id}.json`).toString('utf8'));
  assert.equal(innovation.name, 'Si Ijol');
  assert.equal(innovation.stage, 'penerapan');
  assert.equal(innovation.status, 'draf');

  // The same core code in the CLI verifies the signature and every checksum.
  const path = await download.path();
  const verified = inovda('bundle', 'verify', path);
  assert.match(verified, /: OK submission from Dinas Pendidikan dan Kebudayaan \(Kota Probolinggo\), 1 records, 0 verdicts, 1 files, key /);
  // The fingerprint in Pengaturan is the signer's.
  const summary = JSON.parse(inovda('bundle', 'inspect', path));
  // The size announced before building was the size of the file.
  assert.equal(sizeText, formatSize(bytes.length));
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  const fingerprint = await page.getByTestId('fingerprint').textContent();
  assert.match(fingerprint, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  assert.ok(JSON.stringify(summary).includes(fingerprint), 'inspect shows the same fingerprint');
  await page.goBack();

  await context.close();
});

test('Ekspor chooses this year\'s submitted innovations by default and can hand the file to the share sheet', async () => {
  const context = await app.newContext();
  // Chromium on Linux has no share sheet: stand in for it as a phone browser would offer it.
  await context.addInitScript(() => {
    window.__shared = [];
    navigator.canShare = (data) => Array.isArray(data?.files) && data.files.every((f) => f instanceof File);
    navigator.share = async (data) => { window.__shared.push(...data.files.map((f) => ({ name: f.name, size: f.size, type: f.type }))); };
  });
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Puskesmas Kanigaran', 'Kota Probolinggo');
  const year = new Date().getFullYear();
  const mine = { agency: 'Puskesmas Kanigaran', region: 'Kota Probolinggo' };
  await seed(page, [
    innovationRecord({ ...mine, name: 'Posyandu Digital', status: 'diajukan', year }),
    innovationRecord({ ...mine, name: 'Antrean Daring', status: 'draf', year }),
    innovationRecord({ ...mine, name: 'Kartu Sehat Lama', status: 'diajukan', year: year - 1 }),
    innovationRecord({ agency: 'Dinas Kesehatan', region: 'Kota Probolinggo', name: 'Milik Dinas', status: 'diajukan', year }),
  ]);
  await page.reload();
  await ui.openExport();
  await page.getByText('Dipilih: 1 inovasi').waitFor();
  assert.equal(await page.getByRole('checkbox', { name: /Posyandu Digital/ }).isChecked(), true);
  assert.equal(await page.getByRole('checkbox', { name: /Antrean Daring/ }).isChecked(), false);
  assert.equal(await page.getByRole('checkbox', { name: /Kartu Sehat Lama/ }).isChecked(), false);
  assert.equal(await page.getByRole('checkbox', { name: /Milik Dinas/ }).count(), 0, 'another agency\'s innovation is not offered');
  await page.getByText('Inovasi instansi lain di perangkat ini tidak ikut diekspor: 1').waitFor();
  await page.getByRole('button', { name: 'Pilih semua' }).click();
  await page.getByText('Dipilih: 3 inovasi').waitFor();
  await page.getByRole('button', { name: 'Kosongkan pilihan' }).click();
  await page.getByText('Dipilih: 0 inovasi').waitFor();
  await page.getByRole('checkbox', { name: /Posyandu Digital/ }).check();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Buat berkas ekspor' }).click(),
  ]);
  const entries = readZip(readFileSync(await download.path()));
  const names = [...entries.keys()].filter((n) => n.startsWith('records/'))
    .map((n) => JSON.parse(entries.get(n).toString('utf8')).name);
  assert.deepEqual(names, ['Posyandu Digital']);

  // "Bagikan" appears once the file is ready and hands over the same file.
  await page.getByRole('button', { name: 'Bagikan' }).click();
  await page.getByText('Berkas dibagikan.').waitFor();
  const shared = await page.evaluate(() => window.__shared);
  assert.deepEqual(shared, [{ name: download.suggestedFilename(), size: readFileSync(await download.path()).length, type: 'application/zip' }]);
  // "Unduh lagi" downloads it again without rebuilding.
  const [again] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh lagi' }).click()]);
  assert.equal(again.suggestedFilename(), download.suggestedFilename());
  await context.close();
});
