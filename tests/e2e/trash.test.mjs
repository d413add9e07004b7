// Story: an officer deletes the wrong innovation, undoes it from the toast, and later restores
// or permanently deletes innovations from Sampah (trash), with a confirmation step.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { startApp } from './support/harness.mjs';
import { innovationRecord, seed } from './support/seed.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('Hapus moves to Sampah with Urungkan for at least 10 s; Sampah restores and purges', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  await page.clock.install();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Dinas Pendidikan', 'Kota Probolinggo');
  await seed(page, [
    innovationRecord({ name: 'Si Kepho', stage: 'penerapan' }),
    innovationRecord({ name: 'Sipintar Sekolah', stage: 'uji_coba' }),
  ]);
  await page.reload();
  const kepho = page.getByRole('link', { name: /Si Kepho/ });
  await kepho.waitFor();

  // Delete, then undo within the toast's time.
  await page.getByRole('button', { name: 'Hapus Si Kepho' }).click();
  const toast = page.getByTestId('undo-toast');
  await toast.getByText('«Si Kepho» dipindahkan ke Sampah.').waitFor();
  await kepho.waitFor({ state: 'detached' });
  await ui.assertNoHorizontalScroll('list with the undo toast');
  await assertNoSeriousA11yViolations(page, 'list with the undo toast');
  await page.clock.fastForward(9_500);
  assert.ok(await toast.isVisible(), 'the undo toast stays at least 10 s');
  await toast.getByRole('button', { name: 'Urungkan' }).click();
  await page.getByText('«Si Kepho» dipulihkan.').waitFor();
  await kepho.waitFor();
  assert.equal(await toast.count(), 0);

  // Without undo the toast leaves after its time, and the innovation stays deleted.
  await page.getByRole('button', { name: 'Hapus Si Kepho' }).click();
  await toast.waitFor();
  await page.clock.fastForward(10_000);
  assert.ok(await toast.isVisible(), 'still there after 10 s');
  await page.clock.fastForward(5_000);
  await toast.waitFor({ state: 'detached' });
  await page.reload();
  await page.getByRole('link', { name: /Sipintar Sekolah/ }).waitFor();
  assert.equal(await kepho.count(), 0);

  // Sampah lists it; Pulihkan brings it back to the list.
  await page.getByRole('link', { name: 'Sampah' }).click();
  await page.getByRole('heading', { name: 'Sampah' }).waitFor();
  const entry = page.locator('.innovations > li', { hasText: 'Si Kepho' });
  await entry.getByText(/^Dihapus \d{1,2} [A-Z][a-z]+ \d{4} \d{2}\.\d{2} WIB$/).waitFor();
  await ui.assertNoHorizontalScroll('Sampah');
  await assertNoSeriousA11yViolations(page, 'Sampah');
  await page.getByRole('button', { name: 'Pulihkan Si Kepho' }).click();
  await page.getByText('«Si Kepho» dipulihkan.').waitFor();
  await page.getByText('Sampah kosong.').waitFor();
  await page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await kepho.waitFor();

  // Hapus permanen asks first; Batal keeps it, the confirmation deletes it for good.
  await page.getByRole('button', { name: 'Hapus Sipintar Sekolah' }).click();
  await page.getByTestId('undo-toast').waitFor();
  await page.getByRole('link', { name: 'Sampah' }).click();
  await page.getByRole('button', { name: 'Hapus permanen Sipintar Sekolah' }).click();
  const confirm = page.getByText('Hapus permanen? Inovasi ini tidak bisa dipulihkan lagi.');
  await confirm.waitFor();
  await ui.assertNoHorizontalScroll('Sampah with the confirmation');
  await assertNoSeriousA11yViolations(page, 'Sampah with the confirmation');
  await page.getByRole('button', { name: 'Batal' }).click();
  await confirm.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Hapus permanen Sipintar Sekolah' }).click();
  await page.getByRole('button', { name: 'Ya, hapus permanen' }).click();
  await page.getByText('«Sipintar Sekolah» dihapus permanen.').waitFor();
  await page.getByText('Sampah kosong.').waitFor();
  await page.reload();
  await page.getByText('Sampah kosong.').waitFor();
  await page.getByRole('link', { name: '← Daftar inovasi' }).click();
  await kepho.waitFor();
  assert.equal(await page.getByRole('link', { name: /Sipintar Sekolah/ }).count(), 0);

  // English.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Delete Si Kepho' }).click();
  await page.getByTestId('undo-toast').getByText('«Si Kepho» moved to the trash.').waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByText('«Si Kepho» restored.').waitFor();
  await context.close();
});
