// The test entry for the browser build: bundled for the browser (scripts/run-web.mjs) and loaded by
// the web worker extension host of the offline code-server, as vscode.dev would load the extension.
// It runs the integration suites that cover every feature (those that need Node's fs or the cache
// file skip themselves there) and the browser's own (test/web/runner.ts reports them).
import { runInBrowser } from './runner';

function loadSuites(): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  require('../integration/activation.test');
  require('../integration/manifest.test');
  require('../integration/corpus.test');
  require('../integration/tree.test');
  require('../integration/search.test');
  require('../integration/hover.test');
  require('../integration/drafting.test');
  require('../integration/languages.test');
  require('../integration/study.test');
  require('../integration/workspace.test');
  require('../integration/coding.test');
  require('../integration/reading.test');
  require('../integration/reader.test');
  require('./browser.test');
  /* eslint-enable @typescript-eslint/no-require-imports */
}

export function run(): Promise<void> {
  return runInBrowser(loadSuites);
}
