// Runs suites in the web worker extension host with Mocha's browser build. There is no
// `process.env` and no file to write: the outcome goes to the console, which scripts/run-web.mjs reads
// through the workbench's `codeAutomationLog`, and run() settling ends the run (`codeAutomationExit`).
import * as vscode from 'vscode';
import { inWebWorkerHost } from '../integration/helpers';
import { emptyResult, recordRun, verdict } from '../integration/results';

// Mocha's browser build defines the `mocha` global.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('mocha/mocha');

/** The line the runner looks for: this prefix, then the result as JSON. */
export const RESULT_PREFIX = 'DIPLOMATIC_STUDY_WEB_RESULT ';

/** Sets Mocha up, loads the suites (`loadSuites` requires them), runs them and reports. */
export async function runInBrowser(loadSuites: () => void): Promise<void> {
  const started = Date.now();
  const result = emptyResult(`${vscode.env.appHost}, ${inWebWorkerHost ? 'web worker' : 'Node'} extension host`);
  // The runner puts a grep into the user settings (there is no environment to pass it through).
  const grep = vscode.workspace.getConfiguration('diplomaticStudyTest').get<string>('grep') || undefined;
  await recordRun(result, (done) => {
    mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 20_000, color: false, ...(grep ? { grep } : {}) });
    loadSuites();
    return mocha.run(done);
  }, started);
  console.log(RESULT_PREFIX + JSON.stringify({ ...result, webWorker: inWebWorkerHost }));
  if (!inWebWorkerHost) throw new Error('the web suites ran in the Node extension host, not the web worker host');
  verdict(result, 'web', grep);
}
