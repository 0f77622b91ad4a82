// The test entry that VS Code loads from `extensionTestsPath` (desktop through @vscode/test-electron,
// or the offline code-server host): it exports run(), which runs every *.test.js beside it in Mocha.
// The outcome goes to a JSON file as well, because in the offline host nothing reaches a terminal.
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import { emptyResult, recordRun, verdict, type TestResult } from './results';

export type { TestResult } from './results';

export function run(): Promise<void> {
  return runSuites(__dirname);
}

/** Runs every `*.test.js` under `dir` in Mocha and reports the outcome. */
export async function runSuites(dir: string): Promise<void> {
  const started = Date.now();
  const result = emptyResult();
  const grep = process.env.DIPLOMATIC_STUDY_TEST_GREP;
  // Generous timeout: the first editor opened in a browser workbench can take seconds.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20_000, ...(grep ? { grep } : {}) });
  await recordRun(result, (done) => {
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (file.endsWith('.test.js')) mocha.addFile(join(dir, file));
    }
    return mocha.run(done);
  }, started);
  writeResult(result);
  verdict(result, 'integration', grep);
}

function writeResult(result: TestResult): void {
  const path = process.env.DIPLOMATIC_STUDY_TEST_RESULT;
  if (!path) return;
  // Write then rename, so the runner polling for the file never reads half of it.
  writeFileSync(`${path}.tmp`, JSON.stringify(result, null, 2));
  renameSync(`${path}.tmp`, path);
}
