// `npm run test:e2e`: the UI end-to-end scenarios (test/e2e/scenarios.mjs) in a live workbench —
// the offline host (code-server + Debian's Chromium, driven by playwright-core) with the extension
// loaded from this repo and a fresh copy of test/fixtures/workspace open; no extensionTestsPath. Then
// the scenarios marked `browser` again, in a second workbench where the browser build runs in the web
// worker extension host (as on vscode.dev), their names prefixed with "browser build: ".
// Prints each scenario, and ends with `e2e: N passed, M failed`; exits non-zero when one failed or
// the workbench could not start. Skips (exit 0, "e2e: skipped: <reason>") only without Chromium.
// A failed scenario leaves a screenshot in out/e2e/ (git-ignored).
// Env: DIPLOMATIC_STUDY_TEST_TIMEOUT (seconds, whole run, default 420), DIPLOMATIC_STUDY_TEST_GREP
// (regexp over scenario names), DIPLOMATIC_STUDY_TEST_VERBOSE=1 (print host logs as they come).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSER_BUILD, repo, skipReason, startWorkbench, workbenchSession } from './lib/workbench.mjs';
import { scenarios } from '../test/e2e/scenarios.mjs';

const timeoutMs = Number(process.env.DIPLOMATIC_STUDY_TEST_TIMEOUT || 420) * 1000;
// Per scenario: generous, as the first search builds its index, but well under the overall limit.
const scenarioTimeoutMs = 60_000;
const verbose = Boolean(process.env.DIPLOMATIC_STUDY_TEST_VERBOSE);
const grep = process.env.DIPLOMATIC_STUDY_TEST_GREP ? new RegExp(process.env.DIPLOMATIC_STUDY_TEST_GREP) : undefined;
const failureShots = join(repo, 'out', 'e2e');
// Known before the workbench has started, so a signal or the timeout can undo a start under way.
const session = workbenchSession();
let workbench;
let passed = 0;
let failed = 0;
// Once the verdict is out (timeout, signal), a run still under way prints nothing more.
let finished = false;
let signalled = false;
const say = (line) => { if (!finished) console.log(line); };
const log = (line) => say(`e2e: ${line}`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    log(`${signal}: stopping`);
    finished = true;
    signalled = true;
    await session.stop();
    process.exit(130);
  });
}

function printDiagnostics() {
  if (verbose) return; // already printed as they came
  const lines = session.diagnostics().filter((line) =>
    !line.startsWith('[browser ') || /^\[browser (error|pageerror)\]/.test(line));
  if (lines.length) say(`\n--- host diagnostics (last lines) ---\n${lines.slice(-40).join('\n')}\n`);
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms); }),
  ]).finally(() => clearTimeout(timer));
}

async function main() {
  const reason = skipReason();
  if (reason) {
    log(`skipped: ${reason}`);
    return 0;
  }
  // Each workbench, and the scenarios it runs: the Node build, then the browser build.
  const runs = [
    { label: '', settings: undefined, scenarios: scenarios.filter((s) => !s.browserOnly) },
    { label: 'browser build: ', settings: BROWSER_BUILD, scenarios: scenarios.filter((s) => s.browser || s.browserOnly) },
  ].map((r) => ({ ...r, scenarios: r.scenarios.filter((s) => !grep || grep.test(r.label + s.name)) })).filter((r) => r.scenarios.length);
  if (!runs.length) {
    log(`no scenario matches DIPLOMATIC_STUDY_TEST_GREP=${process.env.DIPLOMATIC_STUDY_TEST_GREP}`);
    say('e2e: 0 passed, 0 failed');
    return 1;
  }
  const started = Date.now();
  let shot = 0;
  for (const { label, settings, scenarios: selected } of runs) {
    const begunRun = Date.now();
    try {
      workbench = await startWorkbench({ log, verbose, session, userSettings: settings });
    } catch (error) {
      printDiagnostics();
      log(`the workbench did not start: ${error.message}`);
      say(`e2e: ${passed} passed, ${failed + 1} failed`);
      return 1;
    }
    log(`${label ? `${label.slice(0, -2)} ` : ''}workbench ready in ${((Date.now() - begunRun) / 1000).toFixed(1)} s`);

    for (const scenario of selected) {
      const begun = Date.now();
      const took = () => `${((Date.now() - begun) / 1000).toFixed(1)} s`;
      try {
        await withTimeout(scenario.run(workbench), scenarioTimeoutMs, 'the scenario');
        passed++;
        say(`  ✓ ${label}${scenario.name} (${took()})`);
      } catch (error) {
        failed++;
        say(`  ✗ ${label}${scenario.name} (${took()})`);
        say(`     ${String(error.message).split('\n').join('\n     ')}`);
        try {
          mkdirSync(failureShots, { recursive: true });
          const path = join(failureShots, `${++shot}-failed.png`);
          await workbench.page.screenshot({ path, timeout: 5_000 });
          say(`     screenshot: ${path}`);
        } catch { /* the page may be gone; the message above says why */ }
      }
      // Leave no picker, hover or menu open for the next scenario.
      await workbench.page.keyboard.press('Escape').catch(() => {});
    }
    // The next workbench starts afresh (its own server, browser and workspace).
    await session.reset();
  }
  if (failed) printDiagnostics();
  log(`ran in ${((Date.now() - started) / 1000).toFixed(1)} s on ${workbench.host}`);
  say(`e2e: ${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

const run = main().catch((error) => {
  log(`error: ${error.stack ?? error.message}`);
  say(`e2e: ${passed} passed, ${failed + 1} failed`);
  return 1;
});
// The overall limit: whatever hangs (the host, a scenario), the run ends and cleans up.
let timer;
const timeout = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
let exitCode = await Promise.race([run, timeout]);
clearTimeout(timer);
if (exitCode === 'timeout') {
  log(`timed out after ${timeoutMs / 1000} s (raise DIPLOMATIC_STUDY_TEST_TIMEOUT, or run with DIPLOMATIC_STUDY_TEST_VERBOSE=1)`);
  printDiagnostics();
  // The scenario (or the start) under way counts as failed.
  say(`e2e: ${passed} passed, ${failed + 1} failed`);
  finished = true;
  exitCode = 1;
  await session.stop();
  // Stopping makes the run under way fail fast; let it settle so what it was starting is undone too.
  await Promise.race([run, new Promise((resolve) => setTimeout(resolve, 20_000))]);
}
await session.stop();
// A signal's stop makes the run fail on its way out; the exit code says it was interrupted.
process.exit(signalled ? 130 : exitCode);
