// Story: the app on a 360 × 640 phone needs no sideways scrolling on any screen.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { AppPage, brokenWords, overflowingText } from './support/app_page.mjs';
import { startApp } from './support/harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('no screen scrolls horizontally at 360 × 640, even with long unbroken text', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await page.getByRole('button', { name: 'Mulai' }).waitFor();
  await ui.assertNoHorizontalScroll('start screen');

  await ui.startAs('Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah', 'Kabupaten Kutai Kartanegara');
  await ui.assertNoHorizontalScroll('empty list');

  await ui.newInnovation();
  const longName = 'Kampung Raja Mapan Joglo Tani Kolong Langit ' + 'X'.repeat(120);
  await ui.nameField().fill(longName);
  await ui.designField().fill('https://contoh.go.id/' + 'a'.repeat(300));
  await ui.waitSaved();
  await ui.assertNoHorizontalScroll('editor');

  await ui.backToList();
  await ui.assertNoHorizontalScroll('list with a long name');
  await page.getByRole('button', { name: 'English' }).click();
  await ui.assertNoHorizontalScroll('list in English');
  await context.close();
});

test('on a phone a new innovation is quiet until touched, and indicator 29 is two taps from the top', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);
  await ui.startAs('Kelurahan Jrebeng Lor', 'Kota Probolinggo');
  await ui.newInnovation();

  // No finding under any field yet; the sticky bar already counts what blocks Ajukan.
  const bar = page.getByTestId('editor-bar');
  await bar.getByRole('button', { name: /^\d+ hal lagi$/ }).waitFor();
  assert.equal(await page.locator('main .issue').count(), 0, 'no error text before interaction');
  // Unanswered indicators are folded to one line each: the page is a few screens, not forty.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height < 640 * 13, `editor is ${height} px tall on a new innovation`);

  // Tap 1: "Indikator" in the bar; tap 2: 29 in the index. Its card opens in view.
  await page.evaluate(() => window.scrollTo(0, 0));
  await bar.getByRole('link', { name: 'Indikator', exact: true }).click();
  await page.getByRole('navigation', { name: 'Lompat ke indikator' })
    .getByRole('link', { name: /^Indikator 29: Belum diisi$/ }).click();
  const level = page.locator('#ind-29-level-1');
  await level.waitFor();
  const box = await level.boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 640, `indicator 29's first level is on screen (${JSON.stringify(box)})`);
  // The bar stays at hand at the bottom of the screen.
  const barBox = await bar.boundingBox();
  assert.ok(barBox && barBox.y + barBox.height <= 641 && barBox.y > 400, `bar at the bottom (${JSON.stringify(barBox)})`);

  // Answering 29 updates its line and the index; Ajukan pressed early shows every finding.
  await level.check();
  await page.locator('#indicator-29').getByText('Level 1 · 0 bukti').waitFor();
  await bar.getByRole('button', { name: 'Ajukan' }).click();
  await page.locator('#name-issues').getByText('Nama Inovasi wajib diisi.').waitFor();
  await page.locator('details.checklist[open]').waitFor();
  await ui.assertNoHorizontalScroll('editor with its bar and index');
  assert.deepEqual(await brokenWords(page, 'main'), [], 'no word broken inside a word in the editor');
  assert.deepEqual(await overflowingText(page, 'main'), [], 'no text wider than its box in the editor');
  await context.close();
});
