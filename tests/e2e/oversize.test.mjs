// Story: an agency attaches a scan over the national app's 2 MB limit. Ajukan is refused with
// the file's name and the fix (shrink or replace); the secretariat's review of an innovation that
// carries such a file says so too.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { writeSubmittableInnovation } from './support/agency.mjs';
import { AppPage } from './support/app_page.mjs';
import { pdfBuffer } from './support/fixtures.mjs';
import { startApp } from './support/harness.mjs';
import { innovationRecord, seed } from './support/seed.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const REGION = 'Kota Probolinggo';
const OVER_LIMIT = /berkas «Laporan pindaian\.pdf» 2,5 MB melebihi batas 2,0 MB aplikasi nasional dan akan ditolak: perkecil berkasnya .* atau ganti dengan berkas lain/;

/** A PDF of about `bytes` bytes. */
function largePdf(bytes) {
  return Buffer.concat([pdfBuffer('Laporan pindaian'), Buffer.alloc(bytes, 0x20)]);
}

test('a file over 2 MB blocks Ajukan with its name and the fix, and shows on the secretariat\'s review', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Dinas Pendidikan', REGION);
  await ui.newInnovation();
  await writeSubmittableInnovation(page, 'Si Ijol');
  assert.equal(await page.getByRole('button', { name: 'Ajukan' }).isDisabled(), false);

  // A 2.5 MB scan on indicator 18: kept on the device, but Ajukan is refused with the fix.
  // The file first: an unanswered indicator's card is folded on a phone and opens with its answer.
  await page.locator('#ind-18-file').setInputFiles({ name: 'Laporan pindaian.pdf', mimeType: 'application/pdf', buffer: largePdf(2.5 * 1024 * 1024) });
  await page.locator('#indicator-18').getByText(/Laporan pindaian\.pdf/).first().waitFor();
  await page.locator('#ind-18-level-1').check();
  await page.getByTestId('editor-bar').getByRole('button', { name: '1 hal lagi' }).waitFor();
  // Ajukan pressed anyway: refused, and the list of what blocks it opens.
  await page.getByRole('button', { name: 'Ajukan' }).click();
  await page.getByText('Belum bisa diajukan: lengkapi daftar di atas (temuan kini tampil di setiap isian).').waitFor();
  assert.equal(await page.locator('details.checklist').getAttribute('open'), '');
  await page.locator('details.checklist').getByText(OVER_LIMIT).waitFor();
  // Under the field the file is listed with its size; the finding there says the fix.
  await page.locator('#ind-18-file-issues').getByText(/2,5 MB melebihi batas 2,0 MB aplikasi nasional dan akan ditolak: perkecil berkasnya/).waitFor();
  await ui.assertNoHorizontalScroll('editor with an over-limit file');
  await context.close();

  // The secretariat reviews a submitted innovation that carries a 3 MB scan.
  const office = await app.newContext();
  const desk = await office.newPage();
  await desk.goto(app.url);
  await new AppPage(desk).startAsSecretariat('Bappeda Kota Probolinggo', REGION, '2026');
  const record = innovationRecord({
    name: 'Antre Online',
    region: REGION,
    year: 2026,
    revision: 1,
    status: 'diajukan',
    indicators: [{
      number: 17,
      claimed: 3,
      evidence: [{ sha256: 'cd'.repeat(32), file_name: 'SK pindaian.pdf', media_type: 'application/pdf', size: 3 * 1024 * 1024 }],
    }],
  });
  await seed(desk, [record]);
  await desk.goto(`${app.url}verifikasi/${record.id}`);
  const box = desk.getByTestId('review-over-limit');
  await box.getByText('Berkas di atas batas aplikasi nasional (akan ditolak saat diunggah):').waitFor();
  await box.getByText(/berkas «SK pindaian\.pdf» 3,0 MB melebihi batas 2,0 MB/).waitFor();
  await office.close();
});
