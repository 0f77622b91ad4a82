// When the integration runner runs failed tests a second time (see the README's integration tests).
//
// In some runs VS Code's bundled HTML language server fails to start ("Server initialization failed",
// later "crashed 5 times"), and a test or two of this extension's that ran meanwhile timed out
// waiting for a diagnostic; each passed when run again. Only then, and only for failures that are
// such time-outs (at most three), are the failed tests run again, by their full titles, together
// in a fresh host without the rest of the suite: a test that fails there fails the run.

const HOST_FAULT = /Server initialization failed|HTML Language Server client: couldn't create connection to server|The HTML Language Server server crashed/;
/** `waitFor`'s message (test/integration/helpers.ts) and Mocha's own time-out. */
const TIMED_OUT = /^timed out waiting for |^Timeout of \d+ms exceeded/;
const MOST = 3;

/**
 * The full titles of the tests to run again, or undefined: `result` is a run's result file,
 * `diagnostics` the host's console lines, `env` the runner's environment.
 */
export function testsToRunAgain(result, diagnostics, env = process.env) {
  if (!result || result.error || result.failed === 0 || result.failed > MOST || env.DIPLOMATIC_STUDY_TEST_NO_RETRY === '1') return undefined;
  if (!diagnostics.some((line) => HOST_FAULT.test(line))) return undefined;
  if (!result.failures.every((f) => TIMED_OUT.test(f.message) && !/\n/.test(f.title))) return undefined;
  return result.failures.map((f) => f.title);
}

/** A Mocha grep that matches exactly these full titles. */
export function titlesPattern(titles) {
  return `^(?:${titles.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;
}

/**
 * The run's counts once `titles` ran again (`second` is that run's result, if any): every test run
 * again must pass there, and one that did not run at all (a hook's failure) counts as failed.
 */
export function countsAfterSecondRun(first, titles, second) {
  const passedAgain = second?.passed ?? 0;
  return { passed: first.passed + passedAgain, failed: Math.max(titles.length - passedAgain, second?.failed ?? 0) };
}
