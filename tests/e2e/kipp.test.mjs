// Story: an agency enters its innovation for KemenPAN-RB's KIPP. It starts the proposal from
// the profile it already wrote, writes the remaining sections against their word limits, ticks
// the attachments, prints the proposal for the head of the agency to read, and copies each
// section into SINOVIK. The proposal travels with the innovation's bundle: the secretariat that
// imports it can read it (and puts it in its jurors' packages).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { SI_IJOL, designText, pdfBuffer } from './support/fixtures.mjs';
import { startApp } from './support/harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** Words as the app counts them: whitespace-separated runs holding a letter or digit. */
function countWords(text) {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** `n` words of realistic Indonesian text. */
function words(n) {
  return designText(n + 40).split(/\s+/).slice(0, n).join(' ');
}

const SUMMARY = 'Si Ijol memindahkan legalisasi ijazah ke layanan daring: alumni mengajukan dari rumah dan menerima dokumen bertanda tangan elektronik.';

test('a KIPP proposal is prefilled from the profile, counted live, flagged over its limits, kept across reloads, printed and copied section by section', async () => {
  const context = await app.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs(SI_IJOL.agency, SI_IJOL.region);

  // The profile written for the IID: its texts are what the proposal starts from.
  await ui.newInnovation();
  await ui.nameField().fill(SI_IJOL.name);
  const design = designText(320);
  const designWords = countWords(design);
  await ui.designField().fill(design);
  await page.getByLabel('Tujuan Inovasi').fill(SI_IJOL.goal);
  await page.getByLabel('Manfaat yang Diperoleh').fill(SI_IJOL.benefit);
  await page.getByLabel('Hasil Inovasi').fill(SI_IJOL.outcome);
  await page.locator('#ind-17-file').setInputFiles({ name: 'SK Tim Si Ijol.pdf', mimeType: 'application/pdf', buffer: pdfBuffer('SK Tim') });
  await page.locator('#indicator-17').getByText(/SK Tim Si Ijol\.pdf/).waitFor();
  await ui.waitSaved();
  const id = page.url().split('/').pop();

  await page.getByRole('link', { name: 'Proposal KIPP' }).click();
  await page.getByRole('heading', { name: 'Proposal KIPP' }).waitFor();
  const summary = page.getByLabel('Ringkasan', { exact: true });
  const background = page.getByLabel('Latar Belakang dan Tujuan', { exact: true });
  const novelty = page.getByLabel('Kebaruan / Nilai Tambah', { exact: true });
  const implementation = page.getByLabel('Implementasi Inovasi', { exact: true });
  const significance = page.getByLabel('Signifikansi', { exact: true });
  const part = (key) => page.locator(`.kipp-part[data-key="${key}"]`);
  await part('ringkasan').getByText('0 / 200 kata').waitFor();

  // "Isi dari profil": Tujuan → Latar Belakang, Rancang Bangun → Kebaruan, Manfaat + Hasil → Signifikansi.
  await page.getByRole('button', { name: 'Isi dari profil' }).click();
  await page.getByText('3 bagian diisi dari profil.').waitFor();
  assert.equal(await background.inputValue(), SI_IJOL.goal);
  assert.equal(await significance.inputValue(), `${SI_IJOL.benefit}\n\n${SI_IJOL.outcome}`);
  assert.equal(await summary.inputValue(), '', 'Ringkasan has no counterpart in the profile');
  // The 300-odd-word rancang bangun is over Kebaruan's 200 words: flagged, not cut.
  await part('kebaruan').getByText(`${designWords} / 200 kata`).waitFor();
  await part('kebaruan').getByText(`Kebaruan / Nilai Tambah melebihi batas 200 kata (${designWords} kata). Ringkas teksnya; tidak ada yang dipotong.`).waitFor();
  assert.equal(await novelty.getAttribute('aria-invalid'), 'true');
  assert.match(await part('kebaruan').locator('.word-count').getAttribute('class'), /over/);

  // Typing: the counter follows every keystroke.
  await summary.fill(SUMMARY);
  await part('ringkasan').getByText('18 / 200 kata').waitFor();
  await summary.press('End');
  await summary.pressSequentially(' Cepat');
  await part('ringkasan').getByText('19 / 200 kata').waitFor();
  // A section typed over its limit.
  const tooLong = words(205);
  assert.equal(countWords(tooLong), 205);
  await implementation.fill(tooLong);
  await part('implementasi').getByText('205 / 200 kata').waitFor();
  await part('implementasi').getByText('Implementasi Inovasi melebihi batas 200 kata (205 kata).', { exact: false }).waitFor();
  await page.getByTestId('kipp-checklist').getByText(/hal perlu dibereskan/).waitFor();

  // Prefill again after the officer rewrote a section: only with consent, and "Biarkan" keeps it.
  await background.fill('Latar belakang yang ditulis ulang oleh petugas.');
  await page.getByRole('button', { name: 'Isi dari profil' }).click();
  await page.getByText('1 bagian sudah berisi teks lain (Latar Belakang dan Tujuan). Ganti dengan teks dari profil?').waitFor();
  await page.getByRole('button', { name: 'Biarkan teks saya' }).click();
  assert.equal(await background.inputValue(), 'Latar belakang yang ditulis ulang oleh petugas.');

  // Attachments: the SK already attached to SID 17 is pointed at; the video link is ticked ready.
  const sk = page.locator('.kipp-attachment').filter({ hasText: 'SK pejabat berwenang' });
  await sk.getByRole('link', { name: 'SID 17 · SK Tim Si Ijol.pdf' }).waitFor();
  await page.getByLabel('Tautan video YouTube (≤ 3 menit)').check();
  await ui.waitSaved();
  await ui.assertNoHorizontalScroll('KIPP proposal');
  await assertNoSeriousA11yViolations(page, 'KIPP proposal');

  // Nothing is lost on reload, the over-limit text included.
  await page.reload();
  await page.getByRole('heading', { name: 'Proposal KIPP' }).waitFor();
  await part('ringkasan').getByText('19 / 200 kata').waitFor();
  assert.equal(await summary.inputValue(), `${SUMMARY} Cepat`);
  assert.equal(await implementation.inputValue(), tooLong);
  await part('implementasi').getByText('Implementasi Inovasi melebihi batas 200 kata (205 kata).', { exact: false }).waitFor();
  assert.equal(await background.inputValue(), 'Latar belakang yang ditulis ulang oleh petugas.');
  assert.equal(await page.getByLabel('Tautan video YouTube (≤ 3 menit)').isChecked(), true);

  // The printable proposal: every section, in print media, without the buttons.
  await page.getByRole('link', { name: 'Cetak proposal' }).click();
  await page.getByRole('heading', { name: 'Proposal KIPP', level: 1 }).waitFor();
  await page.emulateMedia({ media: 'print' });
  for (const name of ['Ringkasan', 'Latar Belakang dan Tujuan', 'Kebaruan / Nilai Tambah', 'Implementasi Inovasi',
    'Signifikansi', 'Adaptabilitas', 'Sumber Daya', 'Strategi Keberlanjutan', 'Lampiran']) {
    assert.equal(await page.getByRole('heading', { name, exact: true, level: 2 }).isVisible(), true, `${name} printed`);
  }
  await page.getByText(`${SUMMARY} Cepat`).waitFor();
  await page.locator('.kipp-print-part[data-key="implementasi"]').getByText('205 / 200 kata').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Cetak' }).isVisible(), false, 'no buttons on paper');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Cetak' }).waitFor();
  await assertNoSeriousA11yViolations(page, 'printable KIPP proposal');

  // The SINOVIK hand-over: "Salin" puts the exact section text on the clipboard; ticks are remembered.
  await page.getByRole('link', { name: '← Kembali ke proposal KIPP' }).click();
  await page.getByRole('link', { name: 'Serahkan ke SINOVIK' }).click();
  await page.getByRole('heading', { name: 'Serahkan ke SINOVIK' }).waitFor();
  const field = (key) => page.locator(`li.handover-field[data-key="${key}"]`);
  await field('ringkasan').getByRole('button', { name: /Salin/ }).click();
  await page.getByText('Disalin: Ringkasan').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${SUMMARY} Cepat`);
  await field('signifikansi').getByRole('button', { name: /Salin/ }).click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${SI_IJOL.benefit}\n\n${SI_IJOL.outcome}`);
  const progress = page.locator('p.copy-progress');
  await progress.getByText('2 dari 9 isian sudah disalin').waitFor();
  await page.reload();
  await progress.getByText('2 dari 9 isian sudah disalin').waitFor();
  assert.equal(await field('ringkasan').getByLabel('sudah disalin').isChecked(), true);
  await ui.assertNoHorizontalScroll('SINOVIK hand-over');
  await assertNoSeriousA11yViolations(page, 'SINOVIK hand-over');
  // The IID hand-over of the same innovation keeps its own ticks.
  await page.goto(`${app.url}inovasi/${id}/serahkan`);
  await page.locator('p.copy-progress').getByText(/^0 dari \d+ isian sudah disalin$/).waitFor();

  // In English: the same proposal with English labels, counts and messages.
  await page.goto(`${app.url}inovasi/${id}/kipp`);
  await page.getByRole('heading', { name: 'Proposal KIPP' }).waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'KIPP proposal' }).waitFor();
  await page.getByRole('button', { name: 'Fill from the profile' }).waitFor();
  assert.equal(await page.getByLabel('Summary (Ringkasan)', { exact: true }).inputValue(), `${SUMMARY} Cepat`);
  await part('ringkasan').getByText('19 / 200 words').waitFor();
  await part('implementasi').getByText('Implementation (Implementasi Inovasi) is over the limit of 200 words (205 words).', { exact: false }).waitFor();
  await page.getByLabel('a. Has the innovation been replicated? By which unit or agency?').waitFor();
  await page.getByRole('group', { name: 'Attachments' }).waitFor();
  await assertNoSeriousA11yViolations(page, 'KIPP proposal in English');

  // The bundle carries the proposal: the secretariat that imports it reads the same text.
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await page.getByRole('heading', { name: 'Proposal KIPP' }).waitFor();
  await page.goto(app.url);
  await page.getByRole('heading', { name: 'Daftar Inovasi' }).waitFor();
  const bundle = await ui.exportBundle({ selectAll: true });
  const office = await (await app.newContext()).newPage();
  const officeUi = new AppPage(office);
  await office.goto(app.url);
  await officeUi.startAsSecretariat('Bagian Organisasi Kota Probolinggo', SI_IJOL.region, '2026');
  await officeUi.chooseBundles(await bundle.path());
  await office.getByRole('button', { name: 'Impor', exact: true }).click();
  await office.getByText(/^Impor selesai/).first().waitFor();
  await office.goto(`${app.url}inovasi/${id}/kipp`);
  await office.getByRole('heading', { name: 'Proposal KIPP' }).waitFor();
  assert.equal(await office.getByLabel('Ringkasan', { exact: true }).inputValue(), `${SUMMARY} Cepat`);
  await office.context().close();
  await context.close();
});
