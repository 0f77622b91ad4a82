// The test entry that VS Code loads from `extensionTestsPath` (desktop through @vscode/test-electron,
// or the offline code-server host): it exports run(), which runs every *.test.js beside it in Mocha.
// The outcome goes to a JSON file as well, because in the offline host nothing reaches a terminal.
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

/** What scripts/run-integration.mjs reads from DIPLOMATIC_STUDY_TEST_RESULT. */
export interface TestResult {
  passed: number;
  failed: number;
  pending: number;
  tests: { title: string; state: 'passed' | 'failed' | 'pending'; durationMs?: number }[];
  failures: { title: string; message: string; stack?: string }[];
  /** Set when the suites could not be loaded or run at all. */
  error?: string;
  vscodeVersion: string;
  appName: string;
  appHost: string;
  durationMs: number;
}

export function run(): Promise<void> {
  return runSuites(__dirname);
}

/** Runs every `*.test.js` under `dir` in Mocha and reports the outcome. */
export async function runSuites(dir: string): Promise<void> {
  const started = Date.now();
  const result: TestResult = {
    passed: 0,
    failed: 0,
    pending: 0,
    tests: [],
    failures: [],
    vscodeVersion: vscode.version,
    appName: vscode.env.appName,
    appHost: vscode.env.appHost,
    durationMs: 0,
  };
  const grep = process.env.DIPLOMATIC_STUDY_TEST_GREP;
  // Generous timeout: the first editor opened in a browser workbench can take seconds.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000, ...(grep ? { grep } : {}) });
  try {
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (file.endsWith('.test.js')) mocha.addFile(join(dir, file));
    }
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => {
        result.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration });
      });
      runner.on('pending', (test) => result.tests.push({ title: test.fullTitle(), state: 'pending' }));
      // Also fires for failing hooks ("before all" hook …), which count as failures.
      runner.on('fail', (test, error: Error) => {
        result.tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration });
        result.failures.push({ title: test.fullTitle(), message: error.message, stack: error.stack });
      });
    });
  } catch (error) {
    result.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  result.passed = result.tests.filter((t) => t.state === 'passed').length;
  result.failed = result.failures.length;
  result.pending = result.tests.filter((t) => t.state === 'pending').length;
  result.durationMs = Date.now() - started;
  writeResult(result);

  if (result.error) throw new Error(`integration tests could not run: ${result.error}`);
  if (result.failed > 0) throw new Error(`${result.failed} integration test(s) failed`);
  if (result.passed === 0) throw new Error(grep ? `no integration test matches grep "${grep}"` : 'no integration test ran');
}

function writeResult(result: TestResult): void {
  const path = process.env.DIPLOMATIC_STUDY_TEST_RESULT;
  if (!path) return;
  // Write then rename, so the runner polling for the file never reads half of it.
  writeFileSync(`${path}.tmp`, JSON.stringify(result, null, 2));
  renameSync(`${path}.tmp`, path);
}
