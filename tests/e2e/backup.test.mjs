// Story: the secretariat's laptop may hold the region's only copy. The officer makes a
// passphrase-protected backup ("Cadangkan") and restores it ("Pulihkan") in a fresh browser:
// a wrong passphrase or a damaged copy changes nothing; the right passphrase brings back the
// innovations, their evidence and the device key (same fingerprint), and the app keeps working.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { pdfBuffer } from './support/fixtures.mjs';
import { startApp } from './support/harness.mjs';

const PASSPHRASE = 'kopi tubruk 17 agustus';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

async function openSettings(page) {
  await page.getByRole('link', { name: 'Pengaturan' }).first().click();
  await page.getByRole('heading', { name: 'Pengaturan' }).waitFor();
}

async function fingerprintOf(page) {
  const shown = page.getByTestId('fingerprint');
  await shown.waitFor();
  return shown.textContent();
}

test('Cadangkan on one device, Pulihkan on a fresh browser with the same key; wrong or damaged files change nothing', async () => {
  // Device A: an agency with one innovation and a PDF.
  const contextA = await app.newContext();
  const pageA = await contextA.newPage();
  const ui = new AppPage(pageA);
  await ui.open(app.url);
  await ui.startAs('Dinas Pendidikan dan Kebudayaan', 'Kota Probolinggo');
  await ui.newInnovation();
  await ui.nameField().fill('Si Ijol');
  const sk = pdfBuffer('SK Walikota Si Ijol');
  await pageA.locator('#ind-16-file').setInputFiles({ name: 'SK Walikota.pdf', mimeType: 'application/pdf', buffer: sk });
  await pageA.locator('#indicator-16').getByText(/SK Walikota\.pdf/).waitFor();
  await ui.waitSaved();
  const id = pageA.url().split('/').pop();

  await openSettings(pageA);
  const fingerprint = await fingerprintOf(pageA);
  assert.match(fingerprint, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await pageA.getByText('Kata sandi ini tidak bisa dipulihkan').waitFor();

  // An empty or mistyped passphrase is named, and nothing is downloaded.
  const backupButton = pageA.getByRole('button', { name: 'Cadangkan' });
  await backupButton.click();
  await pageA.getByText('Kata sandi cadangan wajib diisi.').waitFor();
  await pageA.getByLabel('Kata sandi untuk cadangan', { exact: true }).fill(PASSPHRASE);
  await pageA.getByLabel('Ulangi kata sandi', { exact: true }).fill('kopi tubruk 17 Agustus');
  await backupButton.click();
  await pageA.getByText('Kata sandi dan ulangannya tidak sama.').waitFor();
  await pageA.getByLabel('Ulangi kata sandi', { exact: true }).fill(PASSPHRASE);
  const [download] = await Promise.all([pageA.waitForEvent('download', { timeout: 60_000 }), backupButton.click()]);
  const fileName = download.suggestedFilename();
  assert.match(fileName, /^inovda-cadangan-\d{8}-\d{4}-WIB\.age$/);
  await pageA.getByText(`Cadangan diunduh: ${fileName}`).waitFor();
  const backup = readFileSync(await download.path());
  assert.ok(backup.subarray(0, 32).toString('latin1').startsWith('age-encryption.org/v1\n-> scrypt '), 'a passphrase age file');
  assert.ok(!backup.includes(Buffer.from('Si Ijol')), 'nothing readable without the passphrase');
  assert.ok(!backup.includes(sk.subarray(0, 64)), 'the evidence is encrypted too');
  await ui.assertNoHorizontalScroll('Pengaturan with backups');
  await assertNoSeriousA11yViolations(pageA, 'Pengaturan with backups');
  await contextA.close();

  // Device B: a fresh browser, reaching Pengaturan from the start screen.
  const contextB = await app.newContext();
  const pageB = await contextB.newPage();
  const uiB = new AppPage(pageB);
  await uiB.open(app.url);
  await pageB.getByRole('heading', { name: 'Selamat datang di Inovda' }).waitFor();
  await pageB.getByRole('link', { name: 'Pindah dari perangkat lain? Pulihkan cadangan di Pengaturan.' }).click();
  await pageB.getByRole('heading', { name: 'Pengaturan' }).waitFor();
  const ownFingerprint = await fingerprintOf(pageB);
  assert.notEqual(ownFingerprint, fingerprint);

  const fileField = pageB.getByLabel('Berkas cadangan', { exact: true });
  const passField = pageB.getByLabel('Kata sandi cadangan', { exact: true });
  const restoreButton = pageB.getByRole('button', { name: 'Pulihkan', exact: true });
  const status = pageB.locator('#pulihkan [role=status]');
  await restoreButton.click();
  await status.getByText('Pilih berkas cadangan terlebih dahulu.').waitFor();

  // A wrong passphrase: Core's message, no confirmation, nothing changed.
  await fileField.setInputFiles({ name: fileName, mimeType: 'application/octet-stream', buffer: backup });
  await passField.fill('kopi tubruk 17 Agustus');
  await restoreButton.click();
  await status.getByText(/^Kata sandi salah.*Tidak ada yang diubah\.$/).waitFor({ timeout: 60_000 });
  assert.equal(await pageB.getByRole('button', { name: 'Ya, ganti semua data' }).count(), 0);

  // A damaged (cut off) copy with the right passphrase.
  await fileField.setInputFiles({ name: fileName, mimeType: 'application/octet-stream', buffer: backup.subarray(0, backup.length - 200) });
  await passField.fill(PASSPHRASE);
  await restoreButton.click();
  await status
    .getByText('Berkas cadangan rusak, terpotong, atau bukan cadangan Inovda. Tidak ada yang diubah.')
    .waitFor({ timeout: 60_000 });
  assert.equal(await pageB.getByRole('button', { name: 'Ya, ganti semua data' }).count(), 0);
  assert.equal(await fingerprintOf(pageB), ownFingerprint, 'the key of device B is untouched');

  // The right file and passphrase: a confirmation first; Batal changes nothing.
  await fileField.setInputFiles({ name: fileName, mimeType: 'application/octet-stream', buffer: backup });
  await restoreButton.click();
  const confirm = pageB.getByRole('group').filter({ hasText: 'akan diganti' });
  await confirm.getByText(/1 inovasi, 1 berkas bukti dukung\. Semua data di perangkat ini/).waitFor({ timeout: 60_000 });
  await uiB.assertNoHorizontalScroll('Pulihkan confirmation');
  await assertNoSeriousA11yViolations(pageB, 'Pulihkan confirmation');
  await confirm.getByRole('button', { name: 'Batal' }).click();
  await status.getByText('Pemulihan dibatalkan. Tidak ada yang diubah.').waitFor();
  assert.equal(await fingerprintOf(pageB), ownFingerprint);

  await restoreButton.click();
  await pageB.getByRole('button', { name: 'Ya, ganti semua data' }).click({ timeout: 60_000 });
  await status.getByText('Data dipulihkan dari cadangan: 1 inovasi, 1 berkas bukti dukung.').waitFor();
  await pageB.getByTestId('fingerprint').getByText(fingerprint, { exact: true }).waitFor();
  assert.equal(await pageB.getByLabel('Nama Instansi').inputValue(), 'Dinas Pendidikan dan Kebudayaan');
  assert.equal(await pageB.getByLabel('Nama Pemda').inputValue(), 'Kota Probolinggo');

  // The innovation and its evidence are back, and editing still saves.
  await pageB.getByRole('link', { name: '← Daftar inovasi' }).click();
  await pageB.getByRole('heading', { name: 'Daftar Inovasi' }).waitFor();
  await pageB.getByRole('link', { name: /Si Ijol/ }).click();
  await pageB.waitForURL(new RegExp(`/inovasi/${id}$`));
  assert.equal(await uiB.nameField().inputValue(), 'Si Ijol');
  const evidence = pageB.locator('#indicator-16');
  await evidence.getByText(/SK Walikota\.pdf/).waitFor();
  const [pdf] = await Promise.all([
    pageB.waitForEvent('download'),
    evidence.getByRole('button', { name: 'Unduh' }).click(),
  ]);
  assert.deepEqual(readFileSync(await pdf.path()), sk);
  await uiB.nameField().fill('Si Ijol (Sistem Informasi Ijazah Online)');
  await uiB.waitSaved();
  await pageB.reload();
  await uiB.nameField().waitFor();
  assert.equal(await uiB.nameField().inputValue(), 'Si Ijol (Sistem Informasi Ijazah Online)');
  await contextB.close();
});
