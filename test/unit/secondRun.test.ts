// The integration runner's second run (scripts/lib/secondRun.mjs): only time-outs in a host whose
// HTML language server failed to start run again, by exactly their titles, and each must pass.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { repoRoot } from './helpers';

/** Calls the runner's module (an .mjs of the build scripts) in a process of its own; answers what it returns. */
function call(expression: string): unknown {
  const code = `import * as m from './scripts/lib/secondRun.mjs'; process.stdout.write(JSON.stringify(${expression}) ?? 'null');`;
  const ran = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(ran.status, 0, ran.stderr);
  return JSON.parse(ran.stdout);
}

const FAULT = JSON.stringify(["[browser error] HTML Language Server client: couldn't create connection to server."]);
const result = (failures: { title: string; message: string }[]) => JSON.stringify({ passed: 138, failed: failures.length, failures });
const timedOut = { title: 'the user’s glossary adds its entries (and more)', message: 'timed out waiting for diagnostics on the glossary file' };

describe('the integration runner’s second run', () => {
  it('runs again only time-outs, at most three, in a host whose HTML language server failed to start', () => {
    assert.deepEqual(call(`m.testsToRunAgain(${result([timedOut])}, ${FAULT}, {})`), [timedOut.title]);
    const mocha = { title: 'a b', message: 'Timeout of 20000ms exceeded. For async tests…' };
    assert.deepEqual(call(`m.testsToRunAgain(${result([timedOut, mocha])}, ${FAULT}, {})`), [timedOut.title, 'a b']);
    // No fault in the host, an assertion that is not a time-out, more than three, or turned off: none.
    assert.equal(call(`m.testsToRunAgain(${result([timedOut])}, ['[browser error] Failed to load resource'], {})`), null);
    assert.equal(call(`m.testsToRunAgain(${result([timedOut, { title: 'c', message: 'Expected values to be strictly equal' }])}, ${FAULT}, {})`), null);
    assert.equal(call(`m.testsToRunAgain(${result([timedOut, timedOut, timedOut, timedOut])}, ${FAULT}, {})`), null);
    assert.equal(call(`m.testsToRunAgain(${result([timedOut])}, ${FAULT}, { DIPLOMATIC_STUDY_TEST_NO_RETRY: '1' })`), null);
    assert.equal(call(`m.testsToRunAgain(${JSON.stringify({ passed: 139, failed: 0, failures: [] })}, ${FAULT}, {})`), null);
  });

  it('matches exactly the titles run again, whatever characters they hold', () => {
    const pattern = new RegExp(call(`m.titlesPattern(${JSON.stringify([timedOut.title, 'x.y [1]'])})`) as string);
    assert.ok(pattern.test(timedOut.title) && pattern.test('x.y [1]'));
    assert.ok(!pattern.test(`${timedOut.title} too`) && !pattern.test('xzy [1]') && !pattern.test('the user’s glossary adds its entries'));
  });

  it('counts a test run again as failed unless it passed there (a hook’s failure runs no test)', () => {
    assert.deepEqual(call(`m.countsAfterSecondRun({ passed: 138 }, ['a'], { passed: 1, failed: 0 })`), { passed: 139, failed: 0 });
    assert.deepEqual(call(`m.countsAfterSecondRun({ passed: 138 }, ['a'], { passed: 0, failed: 1 })`), { passed: 138, failed: 1 });
    assert.deepEqual(call(`m.countsAfterSecondRun({ passed: 137 }, ['a', 'b'], { passed: 1, failed: 0 })`), { passed: 138, failed: 1 });
    assert.deepEqual(call(`m.countsAfterSecondRun({ passed: 138 }, ['a'], undefined)`), { passed: 138, failed: 1 });
  });
});
