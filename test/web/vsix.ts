// The test entry for the packaged extension in the web worker host: test/vsix/'s suites, bundled for
// the browser, run beside the installed .vsix (scripts/run-web.mjs with DIPLOMATIC_STUDY_TEST_VSIX).
import { runInBrowser } from './runner';

export function run(): Promise<void> {
  return runInBrowser(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../vsix/packaged.test');
  });
}
