// Story: the officer is told, on every page, when the phone is offline and when the data has not
// been exported for 14 days (never, or not since the last change).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
import { assertNoSeriousA11yViolations } from './support/axe.mjs';
import { startApp } from './support/harness.mjs';
import { daysBefore, innovationRecord, seed } from './support/seed.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

const DAY = 24 * 3600 * 1000;

test('the offline banner follows the network', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Kecamatan Mayangan', 'Kota Probolinggo');
  const banner = page.getByTestId('offline-banner');
  await context.setOffline(true);
  await banner.getByText('Anda sedang luring (tanpa internet).').waitFor();
  await ui.assertNoHorizontalScroll('list offline');
  await assertNoSeriousA11yViolations(page, 'list offline');
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await banner.waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await banner.getByText('You are offline.').waitFor();
  await context.setOffline(false);
  await banner.waitFor({ state: 'detached' });
  await context.close();
});

test('"belum diekspor selama 14 hari": never exported, then changed after an old export', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const start = new Date();
  await page.clock.install({ time: start });
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Kecamatan Mayangan', 'Kota Probolinggo');
  const banner = page.getByTestId('export-banner');

  // A young innovation needs no reminder yet.
  await seed(page, [innovationRecord({ agency: 'Kecamatan Mayangan', name: 'Si Baru', created_at: daysBefore(start, 3), updated_at: daysBefore(start, 3) })]);
  await page.reload();
  await page.getByRole('link', { name: /Si Baru/ }).waitFor();
  // The storage banner comes from the same reading of the store as the reminder would.
  await page.getByTestId('persistence-banner').waitFor();
  assert.equal(await banner.count(), 0, 'no reminder is due for a 3-day-old innovation');

  // Never exported and the oldest innovation is 20 days old.
  await seed(page, [innovationRecord({ agency: 'Kecamatan Mayangan', name: 'Si Lama', created_at: daysBefore(start, 20), updated_at: daysBefore(start, 20) })]);
  await page.reload();
  await banner.getByText('Belum diekspor selama 20 hari: data hanya ada di browser ini.', { exact: false }).waitFor();
  await ui.assertNoHorizontalScroll('list with the export reminder');
  await assertNoSeriousA11yViolations(page, 'list with the export reminder');

  // Exporting clears it.
  await ui.exportBundle({ selectAll: true });
  await banner.waitFor({ state: 'detached' });
  await page.getByRole('link', { name: '← Daftar inovasi' }).click();

  // 16 days later, with a change made after that export, it comes back.
  const later = new Date(start.getTime() + 16 * DAY + 3600 * 1000);
  await page.clock.setSystemTime(later);
  await seed(page, [innovationRecord({ agency: 'Kecamatan Mayangan', name: 'Si Susulan', created_at: later.toISOString(), updated_at: later.toISOString() })]);
  await page.getByRole('link', { name: 'Pengaturan' }).click();
  await banner.getByText('Belum diekspor selama 16 hari dan ada perubahan sejak ekspor terakhir.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'English' }).click();
  await banner.getByText('Not exported for 16 days, and data changed since the last export.', { exact: false }).waitFor();
  await context.close();
});
