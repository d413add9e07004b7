// Story: a user who prefers English switches the language once; the choice survives a reload.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { startApp } from './support/harness.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

test('the English switch is remembered across reloads', async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByRole('heading', { name: 'Selamat datang di Inovda' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'id');

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Welcome to Inovda' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Welcome to Inovda' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');

  // The English UI validates in English too.
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByText('Enter the agency name.').waitFor();
  await page.getByLabel('Agency (Nama Instansi)').fill('Diskominfo');
  await page.getByLabel('Region (Nama Pemda)').fill('Kota Probolinggo');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('button', { name: 'New innovation' }).click();
  // Submit pressed early shows every finding, in English, and says why it did not submit.
  await page.getByRole('button', { name: 'Submit (Ajukan)' }).click();
  await page.getByText('Not submitted yet: complete the list above (findings now show under every field).').waitFor();
  await page.locator('#name-issues').getByText('Innovation name (Nama Inovasi) is required.').waitFor();

  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await page.locator('#name-issues').getByText('Nama Inovasi wajib diisi.').waitFor();
  await context.close();
});
