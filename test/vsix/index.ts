// The test entry for the packaged extension: the same runner as the integration suites, over test/vsix/.
import { runSuites } from '../integration/index';

export function run(): Promise<void> {
  return runSuites(__dirname);
}
