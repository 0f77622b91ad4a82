// What a run of the suites reports, shared by the Node host's entry (index.ts) and the browser's
// (test/web/runner.ts); nothing here needs Node.
import * as vscode from 'vscode';

/** What scripts/run-integration.mjs reads from DIPLOMATIC_STUDY_TEST_RESULT (and run-web.mjs from the console). */
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

export function emptyResult(appHost = vscode.env.appHost): TestResult {
  return { passed: 0, failed: 0, pending: 0, tests: [], failures: [], vscodeVersion: vscode.version, appName: vscode.env.appName, appHost, durationMs: 0 };
}

/** Runs Mocha (`run` starts it and calls back when done) and records each test into `result`. */
export async function recordRun(result: TestResult, run: (done: () => void) => Mocha.Runner, started: number): Promise<void> {
  try {
    await new Promise<void>((resolve) => {
      const runner = run(() => resolve());
      runner.on('pass', (test) => result.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
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
}

/** Fails the run (VS Code then exits non-zero) when a test failed, the suites did not run, or none ran. */
export function verdict(result: TestResult, kind: string, grep: string | undefined): void {
  if (result.error) throw new Error(`${kind} tests could not run: ${result.error}`);
  if (result.failed > 0) throw new Error(`${result.failed} ${kind} test(s) failed`);
  if (result.passed === 0) throw new Error(grep ? `no ${kind} test matches grep "${grep}"` : `no ${kind} test ran`);
}
