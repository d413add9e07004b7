// Accessibility check for end-to-end tests: runs axe-core in the page and fails on serious or
// critical violations, listing each rule with the elements it flagged.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Evaluated through the DevTools protocol, not added as a <script> tag: the app's
// Content-Security-Policy (rightly) refuses inline scripts.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Impacts that fail a test; "minor" and "moderate" findings are only reported by axe. */
const FAILING = new Set(['serious', 'critical']);

/**
 * Injects axe-core into `page` (once per document) and asserts that the current screen has no
 * serious or critical violation of WCAG 2.x A/AA rules. `where` names the screen in the message.
 */
export async function assertNoSeriousA11yViolations(page, where) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(AXE_SOURCE);
  }
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(' ')),
    }));
  });
  const failing = violations.filter((v) => FAILING.has(v.impact));
  const list = failing
    .map((v) => `- [${v.impact}] ${v.id}: ${v.help}\n    ${v.targets.join('\n    ')}`)
    .join('\n');
  assert.equal(failing.length, 0, `${where}: ${failing.length} serious/critical accessibility violation(s):\n${list}`);
}
