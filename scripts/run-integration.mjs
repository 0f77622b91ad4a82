// Runs the integration suites (out/test/integration, compiled by `npm run pretest:integration`)
// inside a real VS Code: desktop VS Code through @vscode/test-electron when it can be had, otherwise
// the offline host (code-server + Debian's Chromium). See the README's table of test env vars.
// Prints the host, the VS Code version, each failure, and a last line `integration: N passed, M failed`.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findDesktopVSCode, hasDisplay } from './lib/desktop-host.mjs';
import {
  CODE_SERVER_VERSION, chromiumPath, freePort, launchChromium, startCodeServer, workbenchUrl,
} from './lib/offline-host.mjs';
import { installOfflineHost } from './install-offline-host.mjs';
import { guardCorpus } from './lib/corpusGuard.mjs';
import { countsAfterSecondRun, testsToRunAgain, titlesPattern } from './lib/secondRun.mjs';

const repo = dirname(dirname(fileURLToPath(import.meta.url)));
// With DIPLOMATIC_STUDY_TEST_VSIX=<file.vsix> the packaged extension is installed into the host and
// the suites in test/vsix/ check it; a stub stands in as the development extension, so that no file
// of the checkout is loaded.
const vsix = process.env.DIPLOMATIC_STUDY_TEST_VSIX ? join(process.cwd(), process.env.DIPLOMATIC_STUDY_TEST_VSIX) : undefined;
const testsEntry = join(repo, 'out', 'test', vsix ? 'vsix' : 'integration', 'index.js');
const developmentPath = vsix ? join(repo, 'test', 'fixtures', 'stub-extension') : repo;
const fixture = join(repo, 'test', 'fixtures', 'workspace');
const timeoutMs = Number(process.env.DIPLOMATIC_STUDY_TEST_TIMEOUT || 300) * 1000;
const verbose = Boolean(process.env.DIPLOMATIC_STUDY_TEST_VERBOSE);
const forcedHost = process.env.DIPLOMATIC_STUDY_TEST_HOST || undefined;
const log = (line) => console.log(`integration: ${line}`);

/** A host that could not start: printed as reason + hint, exit code 1. */
class HostError extends Error {
  constructor(message, hint) {
    super(message);
    this.hint = hint;
  }
}

// Everything started or created is undone here, in reverse order, whatever happens.
const cleanups = [];
async function cleanUp() {
  while (cleanups.length) {
    try { await cleanups.pop()(); } catch (error) { console.error(`integration: cleanup: ${error.message}`); }
  }
}
let stopDesktop; // set while test-electron runs desktop VS Code
let timedOut = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (timedOut) return; // our own SIGINT, for test-electron (see stopDesktop)
    log(`${signal}: stopping`);
    await cleanUp();
    process.exit(130);
  });
}
let currentRun; // for diagnostics when a host fails midway

async function main() {
  if (forcedHost && forcedHost !== 'desktop' && forcedHost !== 'offline') {
    throw new HostError(`DIPLOMATIC_STUDY_TEST_HOST=${forcedHost} is unknown`, 'use desktop or offline, or unset it');
  }
  if (!existsSync(testsEntry)) {
    throw new HostError(`${testsEntry} does not exist`, 'compile the tests: npm run pretest:integration');
  }
  let host;
  // The packaged extension is installed with code-server's --install-extension: offline host only.
  if (vsix) log(`packaged extension: ${vsix}`);
  if (forcedHost !== 'offline' && !vsix) {
    const desktop = !hasDisplay() && !forcedHost
      ? { reason: 'no display for desktop VS Code (DISPLAY is unset)' }
      : await findDesktopVSCode(repo, { log });
    if (desktop.executable) host = (run) => runDesktop(run, desktop.executable);
    else if (forcedHost === 'desktop') {
      throw new HostError(desktop.reason, 'set VSCODE_EXECUTABLE_PATH, or unset DIPLOMATIC_STUDY_TEST_HOST to use the offline host');
    } else log(`${desktop.reason}; using the offline host`);
  }
  host ??= (run) => runOffline(run);

  const first = await runIn(host);
  const again = testsToRunAgain(first.outcome.result, first.run.diagnostics);
  if (!again) return report(first.outcome, first.run);
  report(first.outcome, first.run, { summary: false });
  log(`VS Code's own HTML language server failed to start in this host (see the README's integration tests); the ${again.length} test(s) that timed out run again, without the rest of the suite, in a fresh host`);
  await cleanUp();
  process.env.DIPLOMATIC_STUDY_TEST_GREP = titlesPattern(again);
  const second = await runIn(host);
  const code = report(second.outcome, second.run, { summary: false });
  const { passed, failed } = countsAfterSecondRun(first.outcome.result, again, second.outcome.result);
  console.log(`integration: ${passed} passed, ${failed} failed (${again.length} run a second time in a fresh host after the first host's HTML language server failed to start)`);
  return failed === 0 ? code : 1;
}

/** One run of the suites in a fresh copy of the workspace, in a host of its own. */
async function runIn(host) {
  const tmp = mkdtempSync(join(tmpdir(), 'diplomatic-study-it-'));
  cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
  // A fresh copy, so tests may write into their workspace without touching the repo.
  const workspace = join(tmp, 'workspace');
  cpSync(fixture, workspace, { recursive: true });
  const run = { tmp, workspace, resultFile: join(tmp, 'result.json'), diagnostics: [] };
  currentRun = run;

  const outcome = await withTimeout(host(run), timeoutMs);
  return { outcome, run };
}

async function runDesktop(run, executable) {
  const { runTests } = await import('@vscode/test-electron');
  log(`host: desktop VS Code (${executable})`);
  // runTests() offers no handle on VS Code's process, but closes it on SIGINT.
  stopDesktop = () => {
    timedOut = true;
    process.emit('SIGINT');
  };
  try {
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: repo,
      extensionTestsPath: testsEntry,
      extensionTestsEnv: testEnv(run),
      launchArgs: [
        run.workspace,
        '--disable-extensions',
        `--user-data-dir=${join(run.tmp, 'user-data')}`,
        `--extensions-dir=${join(run.tmp, 'extensions')}`,
      ],
    });
  } catch (error) {
    // A failing test also ends here (VS Code exits 1); the result file tells which.
    run.diagnostics.push(`test-electron: ${error.message}`);
  }
  return { host: 'desktop VS Code (@vscode/test-electron)', result: readResult(run) };
}

async function runOffline(run) {
  try {
    installOfflineHost({ log });
  } catch (error) {
    throw new HostError(`the offline host could not be installed: ${error.message}`,
      'it needs the npm registry and Debian packages ripgrep, libkrb5-dev (see .ci/run)');
  }
  if (!existsSync(chromiumPath())) {
    throw new HostError(`Chromium not found at ${chromiumPath()}`, 'apt-get install -y chromium (or set DIPLOMATIC_STUDY_CHROMIUM)');
  }
  const port = await freePort();
  const server = await startCodeServer({
    port,
    env: testEnv(run),
    installExtensions: vsix ? [vsix] : [],
    onOutput: verbose ? (text) => process.stdout.write(`[code-server] ${text}`) : undefined,
  }).catch((error) => {
    throw new HostError(`code-server did not start: ${error.message}`, 'reinstall it: node scripts/install-offline-host.mjs --force');
  });
  cleanups.push(server.stop);
  run.serverOutput = server.output;

  const browser = await launchChromium();
  cleanups.push(() => browser.close());
  // Tests of the quote commands read what the extension put on the clipboard, as a user would paste it.
  const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  // The extension host's console (Mocha's spec output) and the workbench's errors land here.
  page.on('console', (message) => {
    const line = `[browser ${message.type()}] ${message.text()}`;
    run.diagnostics.push(line);
    if (verbose) console.log(line);
  });
  page.on('pageerror', (error) => run.diagnostics.push(`[browser pageerror] ${error.message}`));

  const hostName = `offline host (code-server ${CODE_SERVER_VERSION} in Chromium ${browser.version()})`;
  log(`host: ${hostName} on 127.0.0.1:${port}`);
  const url = workbenchUrl({ port, folder: run.workspace, extensionPath: developmentPath, testsPath: testsEntry });
  await page.goto(url);

  // run() in the extension host writes the result file when the suites are done.
  let serverGone = false;
  server.exited.then(() => { serverGone = true; });
  while (!existsSync(run.resultFile)) {
    if (serverGone) throw new HostError('code-server exited during the run', 'run with DIPLOMATIC_STUDY_TEST_VERBOSE=1');
    if (!browser.isConnected()) throw new HostError('Chromium closed during the run', 'run with DIPLOMATIC_STUDY_TEST_VERBOSE=1');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { host: hostName, result: readResult(run) };
}

function testEnv(run) {
  return {
    DIPLOMATIC_STUDY_TEST_RESULT: run.resultFile,
    ...(process.env.DIPLOMATIC_STUDY_TEST_GREP ? { DIPLOMATIC_STUDY_TEST_GREP: process.env.DIPLOMATIC_STUDY_TEST_GREP } : {}),
  };
}

function readResult(run) {
  return existsSync(run.resultFile) ? JSON.parse(readFileSync(run.resultFile, 'utf8')) : undefined;
}

async function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      stopDesktop?.(); // the offline host is stopped by cleanUp()
      reject(new HostError(`no result within ${ms / 1000} s`,
        'raise DIPLOMATIC_STUDY_TEST_TIMEOUT (seconds), or run with DIPLOMATIC_STUDY_TEST_VERBOSE=1'));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Prints the outcome; returns the exit code. */
function report({ host, result }, run, { summary = true } = {}) {
  if (!result) {
    printDiagnostics(run);
    log(`the tests did not report a result (${host})`);
    log('0 passed, 0 failed');
    return 1;
  }
  log(`ran on ${host}: ${result.appName} ${result.vscodeVersion} (appHost ${result.appHost}) in ${(result.durationMs / 1000).toFixed(1)} s`);
  for (const test of result.tests) {
    const mark = { passed: '✓', failed: '✗', pending: '-' }[test.state];
    console.log(`  ${mark} ${test.title}`);
  }
  if (result.failures.length) console.log('\nfailures:');
  result.failures.forEach((failure, index) => {
    console.log(`  ${index + 1}) ${failure.title}\n     ${failure.message.split('\n').join('\n     ')}`);
  });
  if (result.error) console.log(`\nthe suites could not run:\n${result.error}`);
  const ok = !result.error && result.failed === 0 && result.passed > 0;
  if (!ok) {
    printDiagnostics(run);
    // The diagnostics can run to hundreds of lines; a log read from its end still names what failed.
    if (result.failures.length) {
      console.log('\nfailed (in full above):');
      for (const failure of result.failures) console.log(`  ✗ ${failure.title}: ${failure.message.split('\n')[0]}`);
    }
  }
  if (result.passed === 0 && !result.error) {
    console.log(process.env.DIPLOMATIC_STUDY_TEST_GREP
      ? `no test matches DIPLOMATIC_STUDY_TEST_GREP=${process.env.DIPLOMATIC_STUDY_TEST_GREP}`
      : 'no test ran');
  }
  if (summary) console.log(`integration: ${result.passed} passed, ${result.failed} failed`);
  return ok ? 0 : 1;
}

// Browser console errors and the server's log help only when something went wrong.
function printDiagnostics(run) {
  if (verbose || !run) return; // already printed as they came
  const errors = run.diagnostics.filter((line) => !line.startsWith('[browser ') || /\[browser (error|pageerror)\]/.test(line));
  if (errors.length) console.log(`\n--- host diagnostics ---\n${errors.join('\n')}`);
  const serverLog = run.serverOutput?.().trim();
  if (serverLog) console.log(`\n--- code-server output (last lines) ---\n${serverLog.split('\n').slice(-30).join('\n')}`);
}

let exitCode;
const corpusGuard = guardCorpus(repo, log);
try {
  exitCode = await main();
} catch (error) {
  printDiagnostics(currentRun);
  log(`no host could run the tests: ${error.message}`);
  if (error.hint) log(`hint: ${error.hint}`);
  exitCode = 1;
}
await cleanUp();
process.exit(corpusGuard(exitCode));
