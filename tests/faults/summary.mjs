// node:test reporter for the fault-injection suite: counts the top-level stories and adds up
// the `records lost: n` diagnostics every story emits, then prints two closing lines. Used
// beside the spec reporter (tools/test.sh); the suite must end with "records lost: 0".

/** @param {AsyncIterable<{type: string, data: any}>} source */
export default async function* summary(source) {
  let passed = 0;
  let failed = 0;
  let lost = 0;
  let reports = 0;
  for await (const event of source) {
    if (event.type === 'test:pass' && event.data.nesting === 0 && !event.data.skip && !event.data.todo) passed += 1;
    if (event.type === 'test:fail' && event.data.nesting === 0) failed += 1;
    if (event.type === 'test:diagnostic') {
      const found = /^records lost: (\d+)$/.exec(event.data.message ?? '');
      if (found) {
        lost += Number(found[1]);
        reports += 1;
      }
    }
  }
  yield `\nstories that compared their records before and after the fault: ${reports}\n`;
  yield `faults: ${passed} passed, ${failed} failed\n`;
  yield `records lost: ${lost}\n`;
}
