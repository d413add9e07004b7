// Story: the app on a 360 × 640 phone needs no sideways scrolling on any screen.
import { after, before, test } from 'node:test';

import { AppPage } from './support/app_page.mjs';
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
