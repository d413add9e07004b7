// Story: a hostile string slips into the page as an inline script; the app's Content-Security-
// Policy (no 'unsafe-inline' scripts, only 'wasm-unsafe-eval') refuses it, while the app itself
// starts, works and works offline under that policy with no violation reported.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { AppPage } from '../e2e/support/app_page.mjs';
import { assertNoSeriousA11yViolations } from '../e2e/support/axe.mjs';
import { startApp, waitForServiceWorker } from '../e2e/support/harness.mjs';
import { reportLost, snapshot } from './support/records.mjs';

let app;
before(async () => { app = await startApp(); });
after(async () => { await app?.close(); });

/** Collects every CSP violation the page reports, from the start of each document. */
async function watchViolations(context) {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

test('the app runs under a policy without inline scripts, and an injected script never runs', async (t) => {
  const context = await app.newContext();
  await watchViolations(context);
  const page = await context.newPage();
  const ui = new AppPage(page);
  await ui.open(app.url);

  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const scriptSrc = policy.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src'));
  assert.equal(scriptSrc, "script-src 'self' 'wasm-unsafe-eval'");
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline <script> in the page');

  // The app starts and works: the whole first-visit story under the policy.
  await ui.startAs('Dinas Kominfo', 'Kota Probolinggo');
  await ui.newInnovation();
  await ui.nameField().fill('Aplikasi <script>window.__pwned=1</script> Sapa Warga');
  await ui.waitSaved();
  const saved = await snapshot(page);
  await assertNoSeriousA11yViolations(page, 'editor under the policy');

  // An attacker's inline script and inline event handler are refused by the browser.
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__handlerRan = true');
    img.src = 'data:,not-an-image';
    document.body.append(img);
    await new Promise((done) => setTimeout(done, 300));
    return { inline: window.__inlineRan === true, handler: window.__handlerRan === true, pwned: window.__pwned === 1 };
  });
  assert.deepEqual(ran, { inline: false, handler: false, pwned: false });
  const violations = await page.evaluate(() => window.__cspViolations);
  assert.ok(violations.length >= 2, `the injected script and handler were reported: ${violations.join(', ')}`);
  assert.ok(violations.every((v) => v.startsWith('script-src')), violations.join(', '));

  // Offline, the cached page carries the same policy and the app still starts without violations.
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { name: 'Profil Inovasi' }).waitFor();
  assert.equal(await ui.nameField().inputValue(), 'Aplikasi <script>window.__pwned=1</script> Sapa Warga');
  assert.ok(await page.locator('meta[http-equiv="Content-Security-Policy"]').count() === 1);
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'the app itself breaks no rule of the policy');
  reportLost(t, saved, await snapshot(page));
  await context.close();
});
