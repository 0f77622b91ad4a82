// Runs the integration suites with the browser build, in the web worker extension host of the offline
// code-server (as vscode.dev runs web extensions): the user setting `remote.extensionKind` moves the
// extension there (see ../shared/docs/web-extension-host.md). The test entry test/web/index.ts is
// bundled for the browser into out/web-test/. Results come back through the workbench's
// codeAutomationLog (the suites' console) and codeAutomationExit hooks.
// Env: DIPLOMATIC_STUDY_TEST_GREP, DIPLOMATIC_STUDY_TEST_TIMEOUT (s), DIPLOMATIC_STUDY_TEST_VERBOSE.
// DIPLOMATIC_STUDY_TEST_HOST=test-web runs the same bundle with @vscode/test-web instead, on a machine
// that can download a VS Code web build (`npm i --no-save @vscode/test-web` first: it downloads a
// browser as it installs, which is why it is not a dependency of this offline-first project).
// With DIPLOMATIC_STUDY_TEST_VSIX=<file.vsix> the packaged extension is installed and checked there instead.
// Prints each test and a last line `web: N passed, M failed`.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { CODE_SERVER_VERSION, chromiumPath, freePort, launchChromium, startCodeServer, workbenchUrl } from './lib/offline-host.mjs';
import { installOfflineHost } from './install-offline-host.mjs';
import { guardCorpus } from './lib/corpusGuard.mjs';

const repo = dirname(dirname(fileURLToPath(import.meta.url)));
const EXTENSION_ID = 'diplomatic-study.diplomatic-study';
const STUB_ID = 'diplomatic-study-tests.diplomatic-study-vsix-web-test-stub';
const RESULT_PREFIX = 'DIPLOMATIC_STUDY_WEB_RESULT ';
const timeoutMs = Number(process.env.DIPLOMATIC_STUDY_TEST_TIMEOUT || 600) * 1000;
const verbose = Boolean(process.env.DIPLOMATIC_STUDY_TEST_VERBOSE);
const grep = process.env.DIPLOMATIC_STUDY_TEST_GREP;
const log = (line) => console.log(`web: ${line}`);
// With a .vsix the package is installed as a user would, and a stub with only a browser entry stands in
// as the development extension (so that no file of the checkout is loaded, and the suites, test/vsix/'s,
// run in the web worker host).
const vsix = process.env.DIPLOMATIC_STUDY_TEST_VSIX ? join(process.cwd(), process.env.DIPLOMATIC_STUDY_TEST_VSIX) : undefined;


/** The suites for the browser: `node:assert/strict` is the npm port; Node-only tests skip themselves. */
async function bundleTests() {
  const outfile = join(repo, 'out', 'web-test', vsix ? 'vsix.js' : 'index.js');
  await esbuild.build({
    entryPoints: [join(repo, 'test', 'web', vsix ? 'vsix.ts' : 'index.ts')],
    outfile,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'inline',
    logLevel: 'warning',
    mainFields: ['browser', 'module', 'main'],
    // Only tests skipped in the browser (or their Node-only steps) import Node's modules, lazily; vscode is the host's.
    external: ['vscode', 'node:fs', 'node:child_process', 'node:v8', 'node:vm'],
    alias: { 'node:assert/strict': join(repo, 'test', 'web', 'assertStrict.ts') },
    // The npm assert and util packages read these Node globals.
    define: {
      'process.env.NODE_DEBUG': 'false',
      'process.env.NODE_ENV': '"test"',
      global: 'globalThis',
      // As esbuild.mjs sets it for the extension: what the bundled corpus holds, for folders served over https.
      DIPLOMATIC_STUDY_BUNDLED_CORPUS: JSON.stringify(readdirSync(join(repo, 'corpus', 'transcripts')).sort()),
    },
    inject: [join(repo, 'test', 'web', 'processShim.ts')],
  });
  return outfile;
}

const cleanups = [];
async function cleanUp() {
  while (cleanups.length) {
    try { await cleanups.pop()(); } catch (error) { console.error(`web: cleanup: ${error.message}`); }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    log(`${signal}: stopping`);
    await cleanUp();
    process.exit(130);
  });
}

/** The standard runner of web extensions, where a VS Code web build can be downloaded. */
async function runWithTestWeb(testsEntry) {
  let testWeb;
  try {
    testWeb = await import('@vscode/test-web');
  } catch {
    throw new Error('@vscode/test-web is not installed: npm i --no-save @vscode/test-web (it needs the internet)');
  }
  const tmp = mkdtempSync(join(tmpdir(), 'diplomatic-study-test-web-'));
  cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
  const workspace = join(tmp, 'workspace');
  cpSync(join(repo, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  // It reports through the same hooks and exits non-zero when run() throws.
  await testWeb.runTests({ browserType: 'chromium', headless: true, extensionDevelopmentPath: repo, extensionTestsPath: testsEntry, folderPath: workspace, quality: 'stable' });
  log('@vscode/test-web: passed');
  return 0;
}

async function main() {
  if (process.env.DIPLOMATIC_STUDY_TEST_HOST === 'test-web') return runWithTestWeb(await bundleTests());
  if (!vsix && !existsSync(join(repo, 'dist', 'web', 'extension.js'))) throw new Error('dist/web/extension.js does not exist: build first (node esbuild.mjs)');
  if (vsix) log(`packaged extension: ${vsix}`);
  const testsEntry = await bundleTests();
  installOfflineHost({ log });
  if (!existsSync(chromiumPath())) throw new Error(`Chromium not found at ${chromiumPath()} (apt-get install -y chromium)`);
  const tmp = mkdtempSync(join(tmpdir(), 'diplomatic-study-web-'));
  cleanups.push(() => rmSync(tmp, { recursive: true, force: true }));
  const workspace = join(tmp, 'workspace');
  cpSync(join(repo, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });

  // The extension's files over http, as vscode.dev serves a marketplace extension's (with CORS), for
  // the test of reading them by fetch.
  const files = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Allow-Headers', '*');
    if (request.method === 'OPTIONS') return response.end();
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const file = join(repo, path);
    if (!path.startsWith('/corpus/') || path.includes('..') || !existsSync(file)) {
      response.statusCode = 404;
      return response.end();
    }
    response.end(readFileSync(file));
  });
  await new Promise((resolve) => files.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => files.close(resolve)));

  const port = await freePort();
  const serverLines = [];
  const server = await startCodeServer({
    port,
    installExtensions: vsix ? [vsix] : [],
    userSettings: {
      // The tests run in the host of the development extension: the stub's too, with the .vsix.
      'remote.extensionKind': { [EXTENSION_ID]: ['web'], [STUB_ID]: ['web'] },
      'git.openRepositoryInParentFolders': 'never',
      ...(grep ? { 'diplomaticStudyTest.grep': grep } : {}),
      'diplomaticStudyTest.extensionServer': `http://127.0.0.1:${files.address().port}`,
    },
    onOutput: (text) => {
      serverLines.push(text);
      if (verbose) process.stdout.write(`[code-server] ${text}`);
    },
  });
  cleanups.push(server.stop);

  const browser = await launchChromium();
  cleanups.push(() => browser.close());
  const page = await browser.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  const diagnostics = [];
  let result;
  let exitCode;
  const exited = new Promise((resolve) => {
    // The workbench calls these when they exist: the test host's console, then run()'s outcome.
    void page.exposeFunction('codeAutomationLog', (level, args) => {
      const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
      if (text.startsWith(RESULT_PREFIX)) result = JSON.parse(text.slice(RESULT_PREFIX.length));
      else if (verbose) console.log(`[web worker ${level}] ${text}`);
      else diagnostics.push(`[web worker ${level}] ${text}`);
    });
    void page.exposeFunction('codeAutomationExit', (code) => {
      exitCode = code;
      resolve();
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    if (!result && text.startsWith(RESULT_PREFIX)) result = JSON.parse(text.slice(RESULT_PREFIX.length));
    if (/error/i.test(message.type())) diagnostics.push(`[browser ${message.type()}] ${text}`);
  });
  page.on('pageerror', (error) => diagnostics.push(`[browser pageerror] ${error.message}`));

  log(`host: code-server ${CODE_SERVER_VERSION} in Chromium ${browser.version()}, web worker extension host, on 127.0.0.1:${port}`);
  // VS Code runs the tests in the host of the extension whose folder holds them: with a .vsix, a copy
  // of the stub with the bundled suites inside it.
  let extensionPath = repo;
  let testsPath = testsEntry;
  if (vsix) {
    extensionPath = join(tmp, 'stub-extension-web');
    cpSync(join(repo, 'test', 'fixtures', 'stub-extension-web'), extensionPath, { recursive: true });
    testsPath = join(extensionPath, 'vsix.js');
    cpSync(testsEntry, testsPath);
  }
  await page.goto(workbenchUrl({ port, folder: workspace, extensionPath, testsPath }));
  let timer;
  await Promise.race([exited, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no result within ${timeoutMs / 1000} s`)), timeoutMs); })]).finally(() => clearTimeout(timer));
  return report(result, exitCode, diagnostics, serverLines);
}

function report(result, exitCode, diagnostics, serverLines) {
  if (!result) {
    console.log(diagnostics.slice(-60).join('\n'));
    console.log(serverLines.join('').split('\n').slice(-30).join('\n'));
    log(`the tests did not report a result (exit code ${exitCode})`);
    return 1;
  }
  log(`ran in ${result.appName} ${result.vscodeVersion} (${result.appHost}) in ${(result.durationMs / 1000).toFixed(1)} s`);
  for (const test of result.tests) console.log(`  ${{ passed: '✓', failed: '✗', pending: '-' }[test.state]} ${test.title}`);
  result.failures.forEach((failure, index) => console.log(`\n  ${index + 1}) ${failure.title}\n     ${failure.message.split('\n').join('\n     ')}`));
  if (result.error) console.log(`\nthe suites could not run:\n${result.error}`);
  if (!result.webWorker) console.log('\nthe suites ran in the Node extension host, not the web worker host: the browser build was not tested');
  const ok = exitCode === 0 && result.webWorker && !result.error && result.failed === 0 && result.passed > 0;
  if (!ok && diagnostics.length) console.log(`\n--- web worker and browser errors ---\n${diagnostics.filter((l) => /error|warn/i.test(l)).slice(-40).join('\n')}`);
  console.log(`web: ${result.passed} passed, ${result.failed} failed, ${result.pending} skipped in the browser`);
  return ok ? 0 : 1;
}

let code;
const corpusGuard = guardCorpus(repo, log);
try {
  code = await main();
} catch (error) {
  log(`the web suites could not run: ${error.message}`);
  code = 1;
}
await cleanUp();
process.exit(corpusGuard(code));
