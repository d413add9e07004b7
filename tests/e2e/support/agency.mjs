// What an agency's staff does in several stories: fill a whole innovation for Ajukan, and hand
// a downloaded bundle to a file chooser.
import { readFileSync } from 'node:fs';

import { designText, pdfBuffer } from './fixtures.mjs';

/** A downloaded file as the input a file chooser takes. */
export async function asFile(download) {
  return { name: download.suggestedFilename(), mimeType: 'application/zip', buffer: readFileSync(await download.path()) };
}

/** Fills everything the national form needs before Ajukan, the way an agency's staff does. */
export async function writeSubmittableInnovation(page, name) {
  await page.getByLabel('Nama Inovasi').fill(name);
  await page.getByLabel('Tahapan Inovasi').selectOption({ label: 'Penerapan' });
  await page.getByLabel('Inisiator Inovasi Daerah').selectOption({ label: 'OPD' });
  await page.getByLabel('Nama Inisiator').fill('Tim Inovasi');
  await page.getByLabel('Jenis Inovasi').selectOption({ label: 'Digital' });
  await page.getByLabel('Bentuk Inovasi Daerah').selectOption({ index: 2 });
  await page.getByLabel('Tematik', { exact: true }).selectOption({ label: 'Digitalisasi Layanan Pemerintahan' });
  await page.getByLabel('Urusan Pemerintahan Utama').selectOption({ label: '1. Pendidikan' });
  await page.getByLabel('Waktu Uji Coba').fill('2023-09-01');
  await page.getByLabel('Waktu Penerapan').fill('2024-03-01');
  await page.getByLabel(/^Rancang Bangun/).fill(designText(320));
  await page.getByLabel('Tujuan Inovasi').fill('Mempercepat layanan bagi warga.');
  await page.getByLabel('Manfaat yang Diperoleh').fill('Warga tidak perlu datang ke kantor.');
  await page.getByLabel('Hasil Inovasi').fill('Waktu layanan turun dari tiga hari menjadi satu hari.');
  // The mandatory indicators: 17 with the SK (level 3), reused for 16, 32 and 33, 35 with a video link.
  await page.locator('#ind-17-file').setInputFiles({ name: 'SK Tim Inovasi.pdf', mimeType: 'application/pdf', buffer: pdfBuffer(`SK ${name}`) });
  await page.getByText('Berkas dilampirkan: SK Tim Inovasi.pdf').waitFor();
  await page.locator('#ind-17-level-3').check();
  for (const n of [16, 32, 33]) {
    await openIndicator(page, n);
    await page.locator(`#ind-${n}-level-1`).check();
    await page.locator(`#ind-${n}-reuse`).selectOption({ label: 'SK Tim Inovasi.pdf' });
    await page.locator(`#indicator-${n}`).getByRole('button', { name: 'Lampirkan' }).click();
    await page.locator(`#indicator-${n}`).getByText(/SK Tim Inovasi\.pdf/).waitFor();
  }
  await openIndicator(page, 35);
  await page.locator('#ind-35-level-2').check();
  await page.getByLabel('Tautan video (YouTube / Google Drive)').fill('https://www.youtube.com/watch?v=inovda-demo');
  await page.getByText('Siap diajukan.').waitFor();
}


/**
 * The secretariat on Daftar instansi: adds each `[name, kind]` unit, picks "Kota" and downloads
 * the config bundle; returns it as a file to choose on an agency's device.
 */
export async function addUnitsAndMakeConfig(page, units) {
  for (const [name, kind] of units) {
    await page.getByLabel('Nama instansi', { exact: true }).fill(name);
    await page.getByLabel('Jenis instansi').selectOption({ label: kind });
    await page.getByRole('button', { name: 'Tambah instansi' }).click();
    await page.locator('li.agency .name', { hasText: name }).waitFor();
  }
  await page.getByLabel('Jenis daerah').selectOption({ label: 'Kota' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Buat bundel konfigurasi' }).click(),
  ]);
  return asFile(download);
}

/** An agency on Impor: chooses the secretariat's config file and picks its unit from it. */
export async function pickUnit(ui, configFile, unit, region) {
  await ui.chooseBundles([configFile]);
  await ui.page.getByLabel('Instansi Anda').selectOption({ label: unit });
  await ui.page.getByRole('button', { name: 'Pakai instansi ini' }).click();
  await ui.page.getByText(`Instansi dipilih: ${unit} (${region}).`).waitFor();
}

/**
 * Opens an indicator's card the way a phone user does: its number in "Lompat ke indikator"
 * (one tap from the indicators' heading; cards of unanswered indicators start folded on a phone).
 */
export async function openIndicator(page, n) {
  await page.getByRole('navigation', { name: 'Lompat ke indikator' })
    .getByRole('link', { name: new RegExp(`^Indikator ${n}:`) }).click();
  await page.locator(`#ind-${n}-level-0`).waitFor();
}
